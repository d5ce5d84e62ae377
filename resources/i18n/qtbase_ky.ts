<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Баарына &amp;ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Өткөрүп жиберүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкыга кайтаруу</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейкиге кайтаруу</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толугураак...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Кыскараак...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Шилтеменин &amp;дарегин көчүрүү</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын тандоо</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Көбөйтүү</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Азайтуу</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Кайда:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдын түрү:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башка ат менен сактоо</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме түрүндө көрсөтүү</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук маалымат менен көрсөтүү</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар папкасы</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жерлер жана тандалгандар</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жашырылган файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished">&amp;Кайда:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished">Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished">Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished">Alt+Up</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished">Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished">Көрсөтүү </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished">«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Лакап ат</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished">Папканы табуу</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished">Шилтеме</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты жараксыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation type="unfinished">&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Башка, кыскараак же тыныш белгилери жок атты колдонуп көрүңүз.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished">Папка</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished">LTR</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation type="unfinished">Цицеро (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished">Өзүнчө</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation type="unfinished">Дидо (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Форма</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished">Бийиктиги:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished">Дюйм (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished">Туурасынан</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished">Талаалар</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished">Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished">Багыты</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation type="unfinished">Барактардын &amp;тартиби:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished">Барактардын жайгашуусу</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished">Барактын өлчөмү:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished">Бир &amp;жалбыракта барак:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">Кагаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished">Кагаз булагы:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation type="unfinished">Пика (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished">Пункт (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished">Тигинен</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished">Тескери туурасынан</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished">Тескери тигинен</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished">Туурасы:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished">астыңкы талаа</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished">сол талаа</translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished">мм</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished">оң талаа</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished">үстүңкү талаа</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished">&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished">&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished">&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation type="unfinished">1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation type="unfinished">16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation type="unfinished">2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation type="unfinished">4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation type="unfinished">6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation type="unfinished">9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished">Бардык барактар</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished">Ылдыйдан өйдө, солдон оңго</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished">Ылдыйдан өйдө, оңдон солго</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished">Жуп барактар</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished">Солдон оңго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished">Солдон оңго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished">Ушул компьютердеги файл</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished">Так барактар</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished">Файлга басып чыгаруу (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished">Оңдон солго, ылдыйдан өйдө</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished">Оңдон солго, өйдөдөн ылдый</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished">Өйдөдөн ылдый, солдон оңго</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished">Өйдөдөн ылдый, оңдон солго</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished">PDF файлын жазуу</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished">%1 мурдатан бар.
Анын ордуна жазасызбы?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished">%1 — папка.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished">%1 файлына жазууга болбойт.
Башка файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation type="unfinished">«Баштап» маанисы «чейин» маанисинен чоң боло албайт.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished">Барактар туура эмес көрсөтүлгөн</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished">Барактын параметрлери</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished">PDF катары сактоо</translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished">Биринчи барак</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished">Бүт барак</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished">Туурасы боюнча</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished">Туурасынан</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished">Акыркы барак</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">Кийинки барак</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished">Барактын параметрлери</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished">Тигинен</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished">Мурунку барак</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished">Басуудан мурун көрүү</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished">Жайылган эки баракты көрсөтүү</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished">Бардык барактарды көрсөтүү</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished">Бир баракты көрсөтүү</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Чоңойтуу</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Кичирейтүү</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation type="unfinished">Нуска боюнча иреттөө</translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished">Түстүү</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished">Түс режими</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished">Нускалар</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished">Нускалар:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished">Учурдагы барак</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished">Эки тараптуу басуу</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Форма</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished">Боз түстөр</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished">Узун тарабынан түптөө</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">Өчүк</translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished">Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished">Чыгаруу параметрлери</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation type="unfinished">Барактар &amp;тизмеси:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Барактар</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished">Барактар:</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished">Баарын</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished">Басуу чеги</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished">Тескери тартипте</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished">Белгиленгени</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished">Кыска тарабынан түптөө</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished">Барактарды же аралыктарды үтүр менен бөлүп жазыңыз. Аралык дефис менен бөлүнгөн эки сан менен жазылат. Мисалы: 3,5-7,9 деп жазсаңыз 3, 5, 6, 7 жана 9-барактар басылат.</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">—</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Аты:</translation>
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished">...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Форма</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished">Жайгашкан жери:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished">Чыгуучу &amp;файл:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished">&amp;Касиеттери</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished">Принтер</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished">Түрү:</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation type="unfinished">%p%</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished">Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished">Оңго жылдыруу</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation type="unfinished">Жок</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation type="unfinished">Тизмени ачуу</translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished">Ооба</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation type="unfinished">Бул эмне?</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished">Маанини жазыңыз:</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">Кошумча</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Форма</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished">Барак</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished">Айрым параметрлер бири-бирине карама-каршы. Аларды оңдоңуз.</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation type="unfinished">Ылдыйга</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished">Сол четине</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished">Бир барак ылдый</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished">Бир барак солго</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished">Бир барак оңго</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished">Бир барак өйдө</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished">Оң четине</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished">Ылдый жылдыруу</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished">Ушул жерге жылдыруу</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished">Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished">Оңго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished">Өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished">Өйдөгө</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation type="unfinished">FSI Биринчи күчтүү обочолоо</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation type="unfinished">Unicode башкаруучу белгисин коюу</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation type="unfinished">LRE Солдон оңго киргизүүнүн башы</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation type="unfinished">LRI Солдон оңго обочолоо</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation type="unfinished">LRM Солдон оңго белгиси</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation type="unfinished">LRO Солдон оңго алмаштыруунун башы</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation type="unfinished">PDF Багыт форматтоонун аягы</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation type="unfinished">PDI Багыт обочолоонун аягы</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation type="unfinished">RLE Оңдон солго киргизүүнүн башы</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation type="unfinished">RLI Оңдон солго обочолоо</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation type="unfinished">RLM Оңдон солго белгиси</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation type="unfinished">RLO Оңдон солго алмаштыруунун башы</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation type="unfinished">ZWJ Нөл туурасындагы бириктиргич</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation type="unfinished">ZWNJ Нөл туурасындагы бириктирбегич</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation type="unfinished">ZWSP Нөл туурасындагы боштук</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished">PDF документи</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished">PNG сүрөтү</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished">JPEG сүрөтү</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation type="unfinished">жөнөкөй текст</translation>
    </message>
    <message>
        <source>CSV document</source>
        <translation type="unfinished">CSV документи</translation>
    </message>
    <message>
        <source>Excel 2007 spreadsheet</source>
        <translation type="unfinished">Excel 2007 жадыбалы</translation>
    </message>
    <message>
        <source>SQLite3 database</source>
        <translation type="unfinished">SQLite3 маалымат базасы</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation type="unfinished">JSON документи</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation type="unfinished">XML документи</translation>
    </message>
    <message>
        <source>HTML document</source>
        <translation type="unfinished">HTML документи</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation type="unfinished">SVG сүрөтү</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation type="unfinished">Zip архиви</translation>
    </message>
</context>
</TS>
