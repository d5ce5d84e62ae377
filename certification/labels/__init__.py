"""Labels of certified lots: serials (`serials`), label stock (`templates`: the office's own sheets
and printer offsets), print jobs (`jobs`), what became of every serial (`states`, `ledger`:
spoilage and reconciliation) and a whole job from allocation to the finished PDF (`printing`).

Rules that keep every serial accounted for:
- a print job takes new serials from `serials.allocate_label_serials` and is recorded as pending
  in the same transaction, before any label is drawn;
- a job that fails after its serials were allocated is marked failed and its serials are recorded
  as spoiled (reason `print_failed`), so they can be printed again, never lost and never reissued;
- a label may be spoiled only while its latest printing is not spoiled yet, and printed again only
  once spoiled: at most one good copy of a serial is ever in circulation;
- a reprint reuses the spoiled serials and never allocates new ones.

Drawing the sheet is document rendering and stays in `certification/documents/` (`labels`,
`templates`: the gLabels format and the built-in stock).
"""
