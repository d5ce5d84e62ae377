"""What every subject of the office stands on: one domain error, gap-free counters, the audit
chain, the office clock and the search keys. The office's subjects sit beside this package."""
