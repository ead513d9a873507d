"""Archive scan (`doclint scan`): every document checked in worker processes, results kept in
SQLite as they arrive (resumable, incremental), peer duplicates clustered across the archive
(DL103), statistics against the targets of Conclusion 226-KL/TW, and reports. docs/scan.md
describes the design and the measured figures."""
