"""DL2xx: concretization. Tasks must have one lead, a completion time and resources
(Conclusion 226-KL/TW §2.1, §2.3). Task extraction lives in doclint.tasks."""
