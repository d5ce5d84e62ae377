"""One inspection: the form generated from its standard version, the live result with its
reasons, photos per criterion, non-conformities; save as draft, submit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification import inspections, scoring
from certification.core import clock
from certification.core.errors import DomainError
from certification.inspections import (
    INSPECTING_ROLES,
    NON_CONFORMITY_ROLES,
    InspectionInfo,
    NonConformityInfo,
    may_change_draft,
)
from certification.scoring import AnswerValue, VersionSpec
from models.enums import InspectionStatus, NonConformityStatus
from ui.formats import format_date, standard_text
from ui.inspections.dialogs import NonConformityDialog, PhotoDialog
from ui.inspections.form import InspectionForm, ResultPanel
from ui.inspections.models import NonConformitiesTableModel
from ui.messages import message_for
from ui.messages.values import name_of
from ui.operations import ReadOp, WriteOp
from ui.operations.inspections import (
    Loaded,
    Thumbnails,
    load,
    report_file_name,
    thumbnails,
    write_report,
)
from ui.tasks import Tasks
from ui.widgets import paths
from ui.widgets.boxes import MessageBox, ask, show_error, tell
from ui.widgets.edits import set_read_only
from ui.widgets.files import file_dialog
from ui.widgets.palette import ERROR, text_style
from ui.widgets.permits import permit
from ui.widgets.photos import ImageSource, read_source
from ui.widgets.tables import table_view
from ui.workspace import Workspace


class InspectionView(QWidget):
    """Signals: `closed()` when the user goes back to the list; `changed()` after a save."""

    closed = Signal()
    changed = Signal()

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.tasks = workspace, tasks
        self.inspection: InspectionInfo | None = None
        self.spec: VersionSpec | None = None
        self.dirty = False

        self.back = QPushButton(self)
        self.back.setObjectName("back")
        self.back.clicked.connect(self.leave)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.facts)
        top.addLayout(words, 1)

        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.sample_lot = QLineEdit(self)
        self.sample_lot.setObjectName("sampleLot")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 2 + 12)
        self.place_label, self.lot_label = QLabel(self), QLabel(self)
        self.notes_label = QLabel(self)
        details = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.place, 2)
        row.addWidget(self.lot_label)
        row.addWidget(self.sample_lot, 1)
        details.addRow(self.place_label, row)
        details.addRow(self.notes_label, self.notes)
        for edit in (self.place, self.sample_lot):
            edit.textEdited.connect(lambda _t: self._edited())
        self.notes.textChanged.connect(self._notes_edited)

        self.form = InspectionForm(self)
        self.form.changed.connect(self._answers_edited)
        self.form.photos_added.connect(self.add_photos)
        self.form.photo_opened.connect(self.show_photo)
        self.form.photo_removed.connect(self.remove_photo)
        self.non_conformities = NonConformitiesTableModel()
        self.nc_view = table_view(self.non_conformities, self, stretch=1)
        self.nc_view.setObjectName("nonConformities")
        self.nc_view.setWordWrap(True)
        self.add_nc = QPushButton(self)
        self.add_nc.setObjectName("addNonConformity")
        self.add_nc.clicked.connect(self.new_non_conformity)
        self.close_nc = QPushButton(self)
        self.close_nc.setObjectName("closeNonConformity")
        self.close_nc.clicked.connect(self.close_non_conformity)
        self.nc_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable_close())
        nc_tab = QWidget(self)
        nc_layout = QVBoxLayout(nc_tab)
        nc_layout.addWidget(self.nc_view, 1)
        nc_buttons = QHBoxLayout()
        nc_buttons.addWidget(self.add_nc)
        nc_buttons.addWidget(self.close_nc)
        nc_buttons.addStretch(1)
        nc_layout.addLayout(nc_buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inspectionTabs")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(nc_tab, "")
        self.result = ResultPanel(self)
        self.result.setMinimumWidth(250)
        self.result.setMaximumWidth(330)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(self.result)
        split.setStretchFactor(0, 1)
        split.setChildrenCollapsible(False)

        self.state = QLabel(self)
        self.state.setObjectName("saveState")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(text_style(ERROR))
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("printReport")
        self.report_button.clicked.connect(self.print_report)
        self.report_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Inspections"))
        self.place_label.setText(self.tr("Place"))
        self.lot_label.setText(self.tr("Sample lot"))
        self.notes_label.setText(self.tr("Notes"))
        self.add_nc.setText(self.tr("Add a non-conformity…"))
        self.close_nc.setText(self.tr("Mark as corrected"))
        self.save_button.setText(self.tr("Save draft"))
        self.submit_button.setText(self.tr("Submit…"))
        self.report_button.setText(self.tr("Print report…"))
        self.report_button.setToolTip(
            self.tr("The inspection report as a PDF: answers, score, photos, non-conformities")
        )
        self.form.retranslate()
        self.result.retranslate()
        self.non_conformities.retranslate()
        self._show_heading()
        self._enable()

    # loading --------------------------------------------------------------------------------

    def open(self, inspection_id: int) -> None:
        self.message.clear()
        ReadOp(self, lambda db: load(db, inspection_id)).success(self._loaded).run()

    def _loaded(self, loaded: Loaded) -> None:
        self.spec = loaded.spec
        self.form.set_spec(loaded.spec, loaded.inspection.answers)
        self.form.set_thumbnails(loaded.thumbnails)
        self._show(loaded.inspection)
        self._score()

    def _show(self, info: InspectionInfo) -> None:
        """Show an inspection as the domain returned it; edits start from here."""
        self.inspection = info
        draft = self.is_draft and may_change_draft(self.workspace.user, info.inspector)
        for edit in (self.place, self.sample_lot, self.notes):
            set_read_only(edit, not draft)
        self.place.setText(info.place)
        self.sample_lot.setText(info.sample_lot)
        self.notes.blockSignals(True)
        self.notes.setPlainText(info.notes)
        self.notes.blockSignals(False)
        self.form.set_read_only(not draft)
        self.form.set_photos_enabled(draft)
        self.non_conformities.set_rows(list(info.non_conformities))
        self._enable_close()
        self._enable()
        self.report_button.setEnabled(True)
        self.dirty = False
        self._show_heading()

    @property
    def is_draft(self) -> bool:
        return self.inspection is not None and self.inspection.status == InspectionStatus.DRAFT

    def _show_heading(self) -> None:
        i = self.inspection
        if i is None:
            return
        self.heading.setText(f"{i.product_name} — {i.producer_name}")
        facts = [
            standard_text(i.standard_label),
            name_of(i.kind),
            format_date(i.inspected_on),
            i.inspector_name,
            name_of(i.status),
        ]
        if i.certificate_number:
            facts.insert(2, i.certificate_number)
        self.facts.setText(" · ".join(facts))
        self.tabs.setTabText(0, self.tr("Criteria"))
        self.tabs.setTabText(
            1, self.tr("Non-conformities ({count})").format(count=len(i.non_conformities))
        )
        if not self.is_draft:
            self.state.setText(self.tr("Submitted: answers can no longer change."))
        elif self.dirty:
            self.state.setText(self.tr("Unsaved changes"))
        else:
            self.state.setText(self.tr("Saved"))

    # live result ----------------------------------------------------------------------------

    def _answers_edited(self) -> None:
        self._score()
        self._edited()

    def _notes_edited(self) -> None:
        if self.is_draft:
            self._edited()

    def _edited(self) -> None:
        if self.is_draft:
            self.dirty = True
            self.message.clear()
            self._show_heading()

    def _score(self) -> None:
        if self.spec is None:
            return
        result = scoring.evaluate(self.spec, self.form.answers())
        self.form.show_result(result)
        self.result.show_result(result, self.spec.pass_mark)

    # saving ---------------------------------------------------------------------------------

    def _answers_to_save(self) -> dict[str, AnswerValue]:
        """Every criterion's answer; an empty one clears what was saved before."""
        given = self.form.answers()
        return {code: given.get(code, AnswerValue()) for code in self.form.rows}

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.inspection is None or not self.is_draft:
            return
        inspector, inspection_id = self.workspace.user, self.inspection.id
        answers = self._answers_to_save()
        notes, place, lot = self.notes.toPlainText(), self.place.text(), self.sample_lot.text()
        self.save_button.setEnabled(False)

        def saved(info: InspectionInfo) -> None:
            self.save_button.setEnabled(True)
            self._show(info)
            self.changed.emit()
            if then is not None:
                then()

        (
            WriteOp(
                self,
                lambda s: inspections.record_answers(
                    s, inspector, inspection_id, answers, notes=notes, place=place, sample_lot=lot
                ),
            )
            .success(saved)
            .failure(self._failed)
            .run()
        )

    def submit(self) -> None:
        """Ask first; an incomplete form frames the open criteria instead."""
        if self.spec is None or self.inspection is None:
            return
        result = scoring.evaluate(self.spec, self.form.answers())
        if result.unanswered:
            self._incomplete(list(result.unanswered))
            return
        ask(
            self,
            "confirmSubmit",
            lambda: self.tr("Submit this inspection to the committee?"),
            lambda: self.tr("Submit"),
            lambda: self.save(then=self._submit),
            lambda: self.tr("After submitting, the answers can no longer change."),
        )

    def _submit(self) -> None:
        assert self.inspection is not None
        inspector, inspection_id = self.workspace.user, self.inspection.id
        (
            WriteOp(self, lambda db: inspections.submit(db, inspector, inspection_id))
            .success(self._submitted)
            .failure(self._failed)
            .run()
        )

    def _submitted(self, info: InspectionInfo) -> None:
        self._show(info)
        self.form.set_answers(info.answers)
        self._score()
        self.changed.emit()

    def _incomplete(self, codes: list[str]) -> None:
        self.form.highlight(codes)
        self.tabs.setCurrentIndex(0)
        error = DomainError("inspection.incomplete", codes=codes)
        self.message.setText(message_for(error))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DomainError) and error.code == "inspection.incomplete":
            self._incomplete(list(error.fields.get("codes", [])))
            return
        show_error(self, error)

    # the report ------------------------------------------------------------------------------

    def print_report(self) -> None:
        """Ask where to write the report; unsaved answers of a draft are saved first, so the
        report shows what the form shows."""
        if self.inspection is None:
            return
        if self.dirty and self.is_draft:
            self.save(then=self._choose_report_file)
        else:
            self._choose_report_file()

    def _choose_report_file(self) -> None:
        assert self.inspection is not None
        dialog = file_dialog(
            self,
            self.tr("Save the inspection report as"),
            paths.suggested(report_file_name(self.inspection)),
        )
        dialog.setObjectName("reportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(self.write_report)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def write_report(self, path: str) -> None:
        if self.inspection is None or not path:
            return
        inspection_id = self.inspection.id
        self.report_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.report_button.setEnabled(True)
            show_error(self, error)

        (
            ReadOp(self, lambda db: write_report(db, inspection_id, path))
            .success(self._report_written)
            .failure(failed)
            .run()
        )

    def _report_written(self, path: Path) -> None:
        self.report_button.setEnabled(True)
        paths.remember(path)
        tell(
            self,
            "reportWritten",
            lambda: self.tr("The report was written to {path}.").format(path=path),
        )

    # photos and non-conformities ----------------------------------------------------------

    def add_photos(self, code: str, sources: list[ImageSource]) -> None:
        if self.inspection is None:
            return
        inspector, inspection_id = self.workspace.user, self.inspection.id

        def add(session: Session) -> Thumbnails:
            for source in sources:
                data = read_source(source)
                caption = "" if isinstance(source, bytes) else Path(source).name
                inspections.add_photo(session, inspector, inspection_id, data, caption, code)
            return thumbnails(session, inspection_id)

        WriteOp(self, add).success(self.form.set_thumbnails).run()

    def show_photo(self, photo_id: int) -> None:
        PhotoDialog(self, self.tasks, photo_id).open()

    def remove_photo(self, photo_id: int) -> None:
        """Ask first: the photo is gone from the draft for good (the audit log keeps the fact)."""
        if self.inspection is None or not self.is_draft:
            return
        inspector, inspection_id = self.workspace.user, self.inspection.id

        def remove(session: Session) -> Thumbnails:
            inspections.remove_photo(session, inspector, photo_id)
            return thumbnails(session, inspection_id)

        ask(
            self,
            "confirmRemovePhoto",
            lambda: self.tr("Remove this photo from the inspection?"),
            lambda: self.tr("Remove"),
            lambda: WriteOp(self, remove).success(self.form.set_thumbnails).run(),
        )

    def new_non_conformity(self) -> None:
        if self.inspection is None or self.spec is None:
            return
        row = next((c for c, r in self.form.rows.items() if r.reason.isVisible()), "")
        dialog = NonConformityDialog(
            self, self.workspace, self.tasks, self.inspection, self.spec, row
        )
        dialog.added.connect(self._non_conformity_added)
        dialog.open()

    def _chosen_non_conformity(self) -> NonConformityInfo | None:
        index = self.nc_view.currentIndex()
        return self.non_conformities.rows[index.row()] if index.isValid() else None

    def _enable_close(self) -> None:
        chosen = self._chosen_non_conformity()
        permit(
            self.close_nc,
            self.workspace.user,
            NON_CONFORMITY_ROLES,
            when=chosen is not None and chosen.status == NonConformityStatus.OPEN,
        )

    def _enable(self) -> None:
        """Drafts change only by their own inspector (or an administrator); what may not be
        done is shown disabled with the reason."""
        i, user = self.inspection, self.workspace.user
        if i is None:
            return
        others = ""
        if self.is_draft and not may_change_draft(user, i.inspector):
            others = self.tr("Only {name}, who started this draft, changes it.").format(
                name=i.inspector_name
            )
        for button in (self.add_nc, self.save_button, self.submit_button):
            permit(button, user, INSPECTING_ROLES, when=self.is_draft, refused=others)
        self.save_button.setVisible(self.is_draft)
        self.submit_button.setVisible(self.is_draft)
        self._enable_close()

    def close_non_conformity(self) -> None:
        """The producer corrected it: closed as of today, also after the inspection was sent."""
        chosen = self._chosen_non_conformity()
        if chosen is None or self.inspection is None:
            return
        user, inspection_id = self.workspace.user, self.inspection.id

        def close(session: Session) -> InspectionInfo:
            inspections.close_non_conformity(session, user, chosen.id, clock.today())
            return inspections.get_inspection(session, inspection_id)

        WriteOp(self, close).success(self._non_conformity_added).run()

    def _non_conformity_added(self, info: InspectionInfo) -> None:
        dirty = self.dirty
        self.inspection = info
        self.non_conformities.set_rows(list(info.non_conformities))
        self._enable_close()
        self.dirty = dirty
        self._show_heading()
        self.tabs.setCurrentIndex(1)

    # leaving --------------------------------------------------------------------------------

    def leave(self) -> None:
        """Back to the list; unsaved answers are saved or dropped as the user says."""
        if not self.dirty:
            self.closed.emit()
            return
        box = MessageBox(
            QMessageBox.Icon.Question,
            self,
            "confirmLeave",
            lambda: self.tr("Save the changes to this inspection?"),
            buttons=QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(button: object) -> None:
            role = box.standardButton(button)  # type: ignore[arg-type]
            if role == QMessageBox.StandardButton.Save:
                self.save(then=self.closed.emit)
            elif role == QMessageBox.StandardButton.Discard:
                self.dirty = False
                self.closed.emit()

        box.buttonClicked.connect(answered)
        box.open()
