"""What several pages share, in one place: build a new page from these.

- `palette`: the few colours the app uses, by meaning (an error is red once, here).
- `messages`: a message line under a field, `FieldMessages` for a whole form (said again in a new
  language), `Said` (a message given as text, as a call or as a domain error).
- `boxes`: message boxes that do not block and follow a language switch (`ask`, `tell`,
  `show_error`).
- `tables`: `RowsTableModel` (a read-only table of frozen rows with named columns),
  `CollatedSortModel` (sorting the way the office reads names), `table_view`.
- `edits`: `NumberEdit`, `DateEdit`, `fill_choices` for drop-downs.
- `forms`: `FormDialog`, a dialog whose OK runs one write and shows refusals beside their fields.
- `permits`: `permit(button, user, ROLES)` — an action the user's roles do not allow is disabled
  with the reason in its tool tip; `refusal(user, ROLES)` says that reason.
- `photos`: `ImageIntake` (images and image files by drop or paste), `choose_images`.
"""
