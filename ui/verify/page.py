"""The verification desk: a returned label checked in one motion. A USB scanner types into the
large field and Enter checks (the field clears and keeps the focus for the next label); a pasted
code, a photo dropped, pasted or opened (a whole sheet: every code on it), or a webcam do the
same. The card says the outcome with a sign, a colour and words, each check on its own line;
the details, earlier sightings of a cloned label, a complaint from a failed check, and the day's
checks (exportable) and complaints below."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.codes.checks import MAX_PLACES
from certification.codes.complaints import ComplaintInfo
from certification.codes.service import InputKind
from certification.core import clock
from ui import page, preferences
from ui.formats import format_date
from ui.messages.values import spoilage_text
from ui.messages.verify import outcome_title
from ui.operations import Job, ReadOp, WriteOp
from ui.operations.verify import (
    Checked,
    DeskLists,
    as_listed,
    check_image,
    check_text,
    export_table,
    lists,
)
from ui.tasks import Tasks
from ui.verify.camera import CameraReader, camera_present
from ui.verify.card import ResultCard
from ui.verify.dialogs import ComplaintDialog
from ui.verify.lines import local_time, suspicious
from ui.verify.models import (
    ChecksTableModel,
    ComplaintsTableModel,
    FoundCodesTableModel,
    SightingsTableModel,
    complaint_state,
)
from ui.widgets.boxes import show_error, tell
from ui.widgets.files import file_dialog
from ui.widgets.photos import ImageIntake, ImageSource, images_from_mime
from ui.widgets.tables import selected_row, sorted_table
from ui.workspace import Workspace

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff"


class ScannerField(QLineEdit):
    """The field a USB scanner types into. Ctrl+V of a picture goes to the image intake."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanner")
        font = QFont(self.font())
        font.setPointSize(18)
        self.setFont(font)
        self.setMinimumHeight(48)
        self.setClearButtonEnabled(True)


class Page(page.Page):
    page_id = "verify"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.current: Checked | None = None
        self.found: list[Checked] = []
        self.camera: CameraReader | None = None
        self.day = clock.today()

        self.scanner = ScannerField(self)
        self.scanner.returnPressed.connect(self.verify_scanned)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("check")
        self.check_button.setMinimumHeight(48)
        self.check_button.clicked.connect(self.verify_scanned)
        self.place_label = QLabel(self)
        self.place = QComboBox(self)
        self.place.setObjectName("place")
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place.setMinimumWidth(300)
        self.place.setMaxCount(MAX_PLACES + 1)
        self.place.setEditText(preferences.last_place())
        self.place_label.setBuddy(self.place)
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("paste")
        self.paste_button.clicked.connect(self.paste)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openImage")
        self.open_button.clicked.connect(self.open_image)
        self.camera_button = QPushButton(self)
        self.camera_button.setObjectName("camera")
        self.camera_button.setCheckable(True)
        self.camera_button.setVisible(camera_present())
        self.camera_button.toggled.connect(self.use_camera)
        self.busy = QLabel(self)
        self.busy.setObjectName("busy")

        top = QHBoxLayout()
        top.addWidget(self.scanner, 1)
        top.addWidget(self.check_button)
        second = QHBoxLayout()
        second.addWidget(self.place_label)
        second.addWidget(self.place)
        second.addSpacing(16)
        for button in (self.paste_button, self.open_button, self.camera_button):
            second.addWidget(button)
        second.addWidget(self.busy)
        second.addStretch(1)

        self.card = ResultCard(self)
        self.found_model = FoundCodesTableModel()
        self.found_proxy, self.found_view = sorted_table(
            self.found_model, self, "foundCodes", stretch=1
        )
        self.found_view.selectionModel().currentRowChanged.connect(self._found_chosen)
        self.found_label = QLabel(self)
        self.found_label.setObjectName("foundLabel")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.card)
        left_layout.addWidget(self.found_label)
        left_layout.addWidget(self.found_view, 1)
        self.camera_box = QVBoxLayout()
        left_layout.addLayout(self.camera_box)
        left_layout.addStretch(0)

        self.details_title = QLabel(self)
        self.details_title.setStyleSheet("font-weight: bold;")
        self.details = QFormLayout()
        self.details.setHorizontalSpacing(12)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for name in FACTS:
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"fact_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(label, value)
            self.facts[name] = (label, value)
        self.sightings_title = QLabel(self)
        self.sightings_title.setObjectName("sightingsTitle")
        self.sightings_title.setStyleSheet("font-weight: bold;")
        self.sightings = SightingsTableModel()
        self.sightings_proxy, self.sightings_view = sorted_table(
            self.sightings, self, "sightings", stretch=1
        )
        self.sightings_view.setMaximumHeight(140)
        self.complaint_button = QPushButton(self)
        self.complaint_button.setObjectName("openComplaint")
        self.complaint_button.clicked.connect(self.open_complaint)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details_title)
        right_layout.addLayout(self.details)
        right_layout.addWidget(self.sightings_title)
        right_layout.addWidget(self.sightings_view)
        row = QHBoxLayout()
        row.addWidget(self.complaint_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.checks = ChecksTableModel()
        self.checks_proxy, self.checks_view = sorted_table(
            self.checks, self, "todaysChecks", stretch=4, sort=(0, Qt.SortOrder.DescendingOrder)
        )
        self.checks_view.doubleClicked.connect(lambda _index: self._check_chosen())
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        checks_tab = QWidget(self)
        checks_layout = QVBoxLayout(checks_tab)
        checks_layout.setContentsMargins(4, 4, 4, 4)
        checks_layout.addWidget(self.checks_view, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        checks_layout.addLayout(export_row)
        self.complaints = ComplaintsTableModel()
        self.complaints_proxy, self.complaints_view = sorted_table(
            self.complaints, self, "complaints", stretch=4, sort=(0, Qt.SortOrder.DescendingOrder)
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("verifyTabs")
        self.tabs.addTab(checks_tab, "")
        self.tabs.addTab(self.complaints_view, "")

        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(split)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(body, 1)

        # Images dropped anywhere on the desk, or pasted into the scanner field or the card.
        self.intake = ImageIntake(self)
        self.intake.received.connect(self.verify_images)
        self.scanner_intake = ImageIntake(self.scanner)
        self.scanner_intake.received.connect(self.verify_images)
        self.scanner.installEventFilter(self)
        self.retranslate()
        self._show()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.scanner.setPlaceholderText(self.tr("Scan a label or type its code, then Enter"))
        self.scanner.setAccessibleName(self.tr("Code"))
        self.check_button.setText(self.tr("Check"))
        self.place_label.setText(self.tr("&Place of the check:"))
        place_edit = self.place.lineEdit()
        assert place_edit is not None  # the field is editable
        place_edit.setPlaceholderText(self.tr("market, shop or village"))
        self.paste_button.setText(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Check the code or the picture on the clipboard"))
        self.open_button.setText(self.tr("Open an image…"))
        self.camera_button.setText(self.tr("Camera"))
        self.complaint_button.setText(self.tr("Open a complaint…"))
        self.export_button.setText(self.tr("Export…"))
        self.details_title.setText(self.tr("What the code says"))
        names = {
            "product": self.tr("Product"),
            "producer": self.tr("Producer"),
            "lot": self.tr("Lot"),
            "serial": self.tr("Serial"),
            "certificate": self.tr("Certificate"),
            "signed": self.tr("Signed on"),
            "valid": self.tr("Valid until"),
            "spoiled": self.tr("Recorded as spoiled"),
            "checked": self.tr("Checked"),
        }
        for name, (label, _value) in self.facts.items():
            label.setText(names[name])
        for model in (self.checks, self.complaints, self.found_model, self.sightings):
            model.retranslate()
        for proxy in (
            self.checks_proxy,
            self.complaints_proxy,
            self.found_proxy,
            self.sightings_proxy,
        ):
            proxy.relocalise()
        self.card.retranslate()
        self._show()

    def _show(self) -> None:
        checked = self.current
        r = checked.result if checked else None
        values: dict[str, str] = {}
        if r is not None:
            values = {
                "product": r.product or "",
                "producer": r.producer or "",
                "lot": r.lot or "",
                "serial": "" if r.serial is None else str(r.serial),
                "certificate": r.certificate or "",
                "signed": format_date(r.signed_on),
                "valid": format_date(r.valid_until),
                "spoiled": spoilage_text(r.spoiled_as) if r.spoiled_as else "",
                "checked": local_time(r.checked_at) + (f" · {r.place}" if r.place else ""),
            }
        for name, (label, value) in self.facts.items():
            text = values.get(name, "")
            value.setText(text)
            shown = bool(text) or (r is not None and name in ALWAYS)
            label.setVisible(shown)
            value.setVisible(shown)
            if not text:
                value.setText("—")
        self.details_title.setVisible(r is not None)
        seen = checked.context.sightings if checked else []
        cloned = r is not None and "possibly_cloned" in r.flags
        self.sightings_title.setText(
            self.tr("Seen before, the first sighting first ({count})").format(count=len(seen))
        )
        self.sightings_title.setVisible(bool(seen) or cloned)
        self.sightings_view.setVisible(bool(seen) or cloned)
        self.complaint_button.setVisible(r is not None and suspicious(r))
        self.complaint_button.setEnabled(r is not None and r.check_id is not None)
        many = len(self.found) > 1
        self.found_view.setVisible(many)
        self.found_label.setVisible(many)
        if many:
            failed = sum(1 for c in self.found if suspicious(c.result))
            self.found_label.setText(
                self.tr(
                    "{count} codes in the image, {failed} of them not genuine and valid:"
                ).format(count=len(self.found), failed=failed)
            )
        self.tabs.setTabText(
            0, self.tr("Today's checks ({count})").format(count=self.checks.rowCount())
        )
        self.tabs.setTabText(
            1,
            self.tr("Complaints ({open} open)").format(
                open=sum(1 for c in self.complaints.rows if c.status == "open")
            ),
        )
        self.export_button.setEnabled(bool(self.checks.rows))

    # loading --------------------------------------------------------------------------------

    def activated(self) -> None:
        self.reload()
        self.scanner.setFocus()

    def reload(self) -> None:
        self.day = clock.today()
        day = self.day
        ReadOp(self, lambda db: lists(db, day)).success(self._listed).run()

    def _listed(self, found: DeskLists) -> None:
        self.checks.set_rows(found.checks)
        self.complaints.set_rows(found.complaints)
        typed = self.place.currentText()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItems(found.places)
        self.place.setEditText(typed)
        self.place.blockSignals(False)
        self._show()

    # checking -------------------------------------------------------------------------------

    def _place(self) -> str:
        place = self.place.currentText().strip()
        preferences.set_last_place(place)
        return place

    def verify_scanned(self) -> None:
        """Enter: check what the scanner typed; the field is ready for the next label at once."""
        text = self.scanner.text()
        self.scanner.clear()
        self.scanner.setFocus()
        if text.strip():
            self.verify_text(text, InputKind.TEXT)

    def scan(self, text: str, place: str | None = None) -> None:
        """Type `text` into the scanner field as a scanner does, and Enter (for screenshots)."""
        if place is not None:
            self.place.setEditText(place)
        self.scanner.setText(text)
        self.verify_scanned()

    def verify_text(self, text: str, kind: InputKind) -> None:
        place, user = self._place(), self.workspace.user.username
        WriteOp(self, lambda db: check_text(db, text, place, user, kind)).success(
            lambda checked: self._checked([checked])
        ).run()

    def verify_images(self, sources: list[ImageSource]) -> None:
        """Photos dropped, pasted or opened: each decoded off the GUI thread, every code checked."""
        place, user = self._place(), self.workspace.user.username
        self.busy.setText(self.tr("Reading the image…"))
        for source in sources:
            kind = InputKind.CLIPBOARD if isinstance(source, bytes) else InputKind.IMAGE
            self._check_image(source, kind, place, user)

    def _check_image(self, source: ImageSource, kind: InputKind, place: str, user: str) -> None:
        (
            Job(self, lambda factory: check_image(factory, source, place, user, kind))
            .success(self._checked)
            .failure(self._image_failed)
            .run()
        )

    def _image_failed(self, error: BaseException) -> None:
        self.busy.setText("")
        show_error(self, error)

    def _checked(self, results: list[Checked]) -> None:
        self.busy.setText("")
        self.found = results
        self.found_model.set_rows(results if len(results) > 1 else [])
        worst = sorted(results, key=lambda c: not suspicious(c.result))[0]
        self._show_checked(worst)
        if clock.today() != self.day:  # past midnight: a new day's list
            self.reload()
            return
        user = self.workspace.user.username
        self.checks.prepend([as_listed(c, user) for c in results if c.result.check_id is not None])
        place = results[0].result.place
        if place and self.place.findText(place) < 0:
            typed = self.place.currentText()
            self.place.insertItem(0, place)
            self.place.setEditText(typed)
        self._show()

    def _show_checked(self, checked: Checked, announce: bool = True) -> None:
        self.current = checked
        self.sightings.set_rows(checked.context.sightings)
        self.card.show_checked(checked, announce=announce)
        self._show()

    def _found_chosen(self, *_args: object) -> None:
        chosen = selected_row(self.found_view, self.found_model.rows)
        if chosen is not None:
            self._show_checked(chosen, announce=False)

    def _check_chosen(self) -> None:
        chosen = selected_row(self.checks_view, self.checks.rows)
        if chosen is not None and chosen.text:
            self.scanner.setText(chosen.text)
            self.scanner.setFocus()

    def paste(self) -> None:
        """The clipboard's picture or image file, else its text, is checked."""
        mime = QGuiApplication.clipboard().mimeData()
        images = images_from_mime(mime)
        if images:
            self.verify_images(images)
        elif mime is not None and mime.hasText() and mime.text().strip():
            self.verify_text(mime.text(), InputKind.CLIPBOARD)
        else:
            tell(self, "clipboardEmpty", lambda: self.tr("The clipboard holds no code or image."))
        self.scanner.setFocus()

    def open_image(self) -> None:
        dialog = file_dialog(self, self.tr("Open a photo or scan of labels"))
        dialog.setObjectName("imageDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER))
        dialog.filesSelected.connect(lambda files: self.verify_images(list(files)))
        dialog.open()

    def use_camera(self, on: bool) -> None:
        if not on:
            if self.camera is not None:
                self.camera.stop()
            self.camera = None
            return
        self.camera = CameraReader(self)
        self.camera.found.connect(lambda text: self.verify_text(text, InputKind.CAMERA))
        self.camera.unavailable.connect(self._no_camera)
        view = self.camera.start()
        if view is not None:
            view.setMinimumHeight(200)
            self.camera_box.addWidget(view)

    def _no_camera(self) -> None:
        self.camera_button.setChecked(False)
        tell(self, "noCamera", lambda: self.tr("No camera could be opened."))

    # complaints and export ------------------------------------------------------------------

    def open_complaint(self) -> None:
        if self.current is None or self.current.result.check_id is None:
            return
        dialog = ComplaintDialog(self, self.workspace, self.tasks, self.current.result)
        dialog.opened.connect(self._complained)
        dialog.open()

    def _complained(self, complaint: ComplaintInfo) -> None:
        self.reload()
        self.tabs.setCurrentIndex(1)
        tell(
            self,
            "complaintOpened",
            lambda: self.tr("Complaint № {number} is opened ({state}).").format(
                number=complaint.id, state=complaint_state(complaint.status)
            ),
        )

    def export(self) -> None:
        dialog = file_dialog(self, self.tr("Export today's checks"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Spreadsheet (*.xlsx)"), self.tr("CSV table (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        folder = Path(user_documents_dir())
        dialog.selectFile(str(folder / f"checks-{self.day.isoformat()}.xlsx"))
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> None:
        """Today's checks as they are listed, with every column in the current language."""
        model = self.checks
        heading = [
            model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(model.columns))
        ]
        heading = [heading[0], self.tr("Date"), *heading[1:]]
        rows = [
            [
                clock.local(c.at),
                format_date(clock.local(c.at)),
                c.place,
                outcome_title(c.outcome),
                c.certificate,
                c.product,
                c.serial,
                c.complaint_id,
                c.username,
            ]
            for c in model.rows
        ]
        title = self.tr("Checks {day}").format(day=format_date(self.day))
        (
            Job(self, lambda _factory: export_table(path, title, heading, rows))
            .success(lambda written: self._exported(len(rows), written))
            .run()
        )

    def _exported(self, count: int, path: Path) -> None:
        tell(
            self,
            "exported",
            lambda: self.tr("{count} checks written to {path}.").format(count=count, path=path),
        )

    # keys -----------------------------------------------------------------------------------

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner set to end with Tab instead of Enter: Tab checks too, and stays.
        if watched is self.scanner and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Tab and self.scanner.text().strip():
                self.verify_scanned()
                return True
            if event.matches(QKeySequence.StandardKey.Paste) and not self._clipboard_text():
                return False  # the image intake takes a picture
        return super().eventFilter(watched, event)

    def _clipboard_text(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and mime.hasText()


FACTS = (
    "product",
    "producer",
    "lot",
    "serial",
    "certificate",
    "signed",
    "valid",
    "spoiled",
    "checked",
)
ALWAYS = ("checked",)
