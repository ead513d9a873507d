"""DL6xx: conference limits of Conclusion 226-KL/TW §2.2, read from invitations and programmes."""
