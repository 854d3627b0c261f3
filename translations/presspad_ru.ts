<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;presspad {version}&lt;/h3&gt;&lt;p&gt;Write, check and publish bilingual English/Russian press releases.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;presspad {version}&lt;/h3&gt;&lt;p&gt;Подготовка, проверка и публикация двуязычных англо-русских пресс-релизов.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About presspad</source>
        <translation>О программе presspad</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Не удалось выполнить автосохранение: {reason}</translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation>пресс-релиз без названия</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>presspad was closed without saving {name} (last autosaved {time}). Restore that work?</source>
        <translation>presspad был закрыт без сохранения изменений ({name}, последнее автосохранение — {time}). Восстановить их?</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>{findings} finding(s), {errors} error(s) in {files} file(s)</source>
        <translation>замечаний: {findings}, ошибок: {errors}, файлов: {files}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Edit Comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>On: “{quote}”</source>
        <translation>К тексту: «{quote}»</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Your comment for the author…</source>
        <translation>Ваш комментарий для автора…</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Добавить &amp;комментарий…</translation>
    </message>
    <message>
        <source>Comment on the selected text</source>
        <translation>Прокомментировать выделенный текст</translation>
    </message>
    <message>
        <source>Select the text to comment on first.</source>
        <translation>Сначала выделите текст, к которому нужен комментарий.</translation>
    </message>
    <message>
        <source>The selection holds only spaces; select words to comment on.</source>
        <translation>В выделении только пробелы; выделите слова для комментария.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your name signs your comments (kept in the settings):</source>
        <translation>Ваше имя подписывает комментарии (хранится в настройках):</translation>
    </message>
    <message>
        <source>A comment needs your name; none was added.</source>
        <translation>Комментарию нужно ваше имя; комментарий не добавлен.</translation>
    </message>
    <message>
        <source>The text of this comment is gone: “{quote}”</source>
        <translation>Текста этого комментария больше нет: «{quote}»</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Удалить комментарий</translation>
    </message>
    <message>
        <source>Delete the comment “{text}”? This cannot be undone.</source>
        <translation>Удалить комментарий «{text}»? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Показывать решённые</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>detached: its text is gone</source>
        <translation>оторван: его текста больше нет</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>EN</source>
        <translation>EN</translation>
    </message>
    <message>
        <source>RU</source>
        <translation>RU</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with {name} on Disk</source>
        <translation>Сравнение с {name} на диске</translation>
    </message>
    <message>
        <source>Lines marked − are in the file on disk, lines marked + are in your unsaved text.</source>
        <translation>Строки со знаком − есть в файле на диске, строки со знаком + — в вашем несохранённом тексте.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мой</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Partner changed by someone else</source>
        <translation>Партнёр изменён другим редактором</translation>
    </message>
    <message>
        <source>Someone deleted “{name}” after you opened it. Add your version again, or leave it deleted?</source>
        <translation>Кто-то удалил «{name}», пока вы его редактировали. Добавить вашу версию снова или оставить удалённым?</translation>
    </message>
    <message>
        <source>Someone saved “{name}” after you opened it. Nothing was overwritten. Which version should the directory keep?</source>
        <translation>Кто-то сохранил «{name}», пока вы его редактировали. Ничего не перезаписано. Какую версию оставить в справочнике?</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Сохранить мою</translation>
    </message>
    <message>
        <source>Add Mine Again</source>
        <translation>Добавить мою снова</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Leave Deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Английское название</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Русское название</translation>
    </message>
    <message>
        <source>Short forms</source>
        <translation>Краткие формы</translation>
    </message>
    <message>
        <source>Wrong variants</source>
        <translation>Ошибочные варианты</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>DirectoryBanner</name>
    <message>
        <source>Directory Settings…</source>
        <translation>Настройки справочника…</translation>
    </message>
    <message>
        <source>The partner directory cannot be opened: {error}. Name checks and completion are off.</source>
        <translation>Справочник партнёров не открывается: {error}. Проверка имён и автодополнение отключены.</translation>
    </message>
    <message>
        <source>The partner directory server cannot be reached. presspad works from its copy of {time}, read-only, and reconnects by itself.</source>
        <translation>Сервер справочника партнёров недоступен. presspad работает с его копией от {time} только для чтения и подключится снова сам.</translation>
    </message>
    <message>
        <source>The partner directory server cannot be reached. presspad works from its last copy, read-only, and reconnects by itself.</source>
        <translation>Сервер справочника партнёров недоступен. presspad работает с последней копией только для чтения и подключится снова сам.</translation>
    </message>
    <message>
        <source>The partner directory is on a network file system ({fs}), where SQLite can corrupt it. A team should share a PostgreSQL directory.</source>
        <translation>Справочник партнёров лежит в сетевой файловой системе ({fs}), где SQLite может его повредить. Команде лучше работать с общим справочником в PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Partner directory</source>
        <translation>Справочник партнёров</translation>
    </message>
    <message>
        <source>Search names, titles and notes</source>
        <translation>Поиск по именам, должностям и примечаниям</translation>
    </message>
    <message>
        <source>Any name, short form or title, English or Russian (any case, ё = е) (Ctrl+F)</source>
        <translation>Любое имя, краткая форма или должность, по-английски или по-русски (регистр и ё = е не важны) (Ctrl+F)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Short forms</source>
        <translation>Краткие формы</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Объединить дубликаты</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Partner directory (read-only)</source>
        <translation>Справочник партнёров (только чтение)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>Партнёров: {count}</translation>
    </message>
    <message>
        <source>No partners match</source>
        <translation>Ни один партнёр не подходит</translation>
    </message>
    <message>
        <source>{shown} of {total} partners</source>
        <translation>{shown} из {total} партнёров</translation>
    </message>
    <message>
        <source>Delete {count} partner(s)?</source>
        <translation>Удалить выбранных партнёров ({count})?</translation>
    </message>
    <message>
        <source>an organisation and a person cannot be merged</source>
        <translation>организацию и человека нельзя объединить</translation>
    </message>
    <message>
        <source>Merge {count} partners into “{name}”? Their names become its short forms.</source>
        <translation>Объединить выбранных партнёров ({count}) в «{name}»? Их имена станут краткими формами этой записи.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Импорт партнёров</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated.</source>
        <translation>Добавлено: {added}, обновлено: {updated}.</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Экспорт партнёров</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Only me: a file on this computer</source>
        <translation>Только я: файл на этом компьютере</translation>
    </message>
    <message>
        <source>A team: a PostgreSQL server</source>
        <translation>Команда: сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Default (in your data folder)</source>
        <translation>По умолчанию (в папке данных)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>A postgresql:// URL or a libpq connection string such as service=presspad</source>
        <translation>Адрес postgresql:// или строка подключения libpq, например service=presspad</translation>
    </message>
    <message>
        <source>Kept in the keyring or ~/.pgpass</source>
        <translation>Хранится в связке ключей или ~/.pgpass</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>One person needs nothing here: the directory is a file in your data folder. A team shares one PostgreSQL database: give each writer&apos;s presspad its address. Do not put the file on a shared drive: SQLite&apos;s locking does not work there and the directory can be corrupted.</source>
        <translation>Одному человеку здесь ничего настраивать не нужно: справочник — это файл в папке данных. Команда работает с одной базой PostgreSQL: укажите её адрес в presspad у каждого автора. Не кладите файл на общий сетевой диск: блокировки SQLite там не работают, и справочник может быть повреждён.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address: {error}</source>
        <translation>Это не адрес PostgreSQL: {error}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>This directory was written by a newer presspad (schema {n}); update presspad to use it.</source>
        <translation>Этот справочник записан более новой версией presspad (схема {n}); обновите presspad, чтобы работать с ним.</translation>
    </message>
    <message>
        <source>Connected. There is no directory here yet: presspad will create one with the starter partners on first use.</source>
        <translation>Подключено. Справочника здесь ещё нет: presspad создаст его с начальным списком партнёров при первом использовании.</translation>
    </message>
    <message>
        <source>Connected: {count} partners.</source>
        <translation>Подключено: партнёров — {count}.</translation>
    </message>
    <message>
        <source>PostgreSQL {version}.</source>
        <translation>PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>Warning: this file is on a network file system ({fs}), where SQLite can corrupt it. A team should use a PostgreSQL server.</source>
        <translation>Внимание: файл лежит в сетевой файловой системе ({fs}), где SQLite может его повредить. Команде лучше использовать сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation>Справочник партнёров</translation>
    </message>
    <message>
        <source>Partner directories (*.sqlite);;All files (*)</source>
        <translation>Справочники партнёров (*.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>DiskChange</name>
    <message>
        <source>{name} was deleted or moved by another program; Save writes it again</source>
        <translation>{name} удалён или перемещён другой программой; «Сохранить» запишет его снова</translation>
    </message>
    <message>
        <source>{name} was changed by another program and has been reloaded</source>
        <translation>{name} изменён другой программой и перезагружен</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <source>{name} was changed by another program, and you have unsaved changes here.</source>
        <translation>{name} изменён другой программой, а у вас здесь есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now; your unsaved changes here are lost.
Keep Mine goes on with your text; saving it replaces the other program&apos;s changes.
Compare shows the differences first.</source>
        <translation>«Перезагрузить» покажет файл таким, какой он сейчас; ваши несохранённые изменения пропадут.
«Оставить мой» продолжит работу с вашим текстом; при сохранении он заменит изменения другой программы.
«Сравнить» сначала покажет различия.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Сравнить…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Не удалось сравнить</translation>
    </message>
</context>
<context>
    <name>DocumentExports</name>
    <message>
        <source>Export &amp;To</source>
        <translation>Экспорт &amp;в</translation>
    </message>
    <message>
        <source>&amp;Word Document…</source>
        <translation>Документ &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Both languages, side by side</source>
        <translation>Оба языка рядом</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Export Word Document</source>
        <translation>Экспорт в документ Word</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Экспортировано: {name}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
</context>
<context>
    <name>EditorTools</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
</context>
<context>
    <name>EditorZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Обычный масштаб</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>guess from the name</source>
        <translation>определить по имени</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Написание на английском:</translation>
    </message>
    <message>
        <source>Russian name:</source>
        <translation>Написание на русском:</translation>
    </message>
    <message>
        <source>Short forms (EN), one per line:</source>
        <translation>Краткие формы (EN), по одной в строке:</translation>
    </message>
    <message>
        <source>Short forms (RU), one per line:</source>
        <translation>Краткие формы (RU), по одной в строке:</translation>
    </message>
    <message>
        <source>Wrong variants (EN), one per line:</source>
        <translation>Ошибочные варианты (EN), по одному в строке:</translation>
    </message>
    <message>
        <source>Wrong variants (RU), one per line:</source>
        <translation>Ошибочные варианты (RU), по одному в строке:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Title (EN)</source>
        <translation>Должность (EN)</translation>
    </message>
    <message>
        <source>Title (RU)</source>
        <translation>Должность (RU)</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Должности:</translation>
    </message>
    <message>
        <source>Add title</source>
        <translation>Добавить должность</translation>
    </message>
    <message>
        <source>Remove title</source>
        <translation>Удалить должность</translation>
    </message>
    <message>
        <source>an English or a Russian name is needed</source>
        <translation>нужно указать написание на английском или на русском</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>presspad cannot open {name}: it opens releases (.presspad), Markdown (.md), text and site pages (.txt) and Word files (.docx)</source>
        <translation>presspad не может открыть {name}: он открывает выпуски (.presspad), Markdown (.md), тексты и страницы сайта (.txt) и файлы Word (.docx)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source>Imported {name} into the {language} pane</source>
        <translation>{name} импортирован в панель «{language}»</translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Импортировано с предупреждениями</translation>
    </message>
    <message>
        <source>Import into Which Pane?</source>
        <translation>В какую панель импортировать?</translation>
    </message>
    <message>
        <source>Which pane should {name} go into? Its text replaces the pane&apos;s text (Undo in the editor brings it back).</source>
        <translation>В какую панель поместить {name}? Его текст заменит текст панели (отмена в редакторе вернёт прежний).</translation>
    </message>
    <message>
        <source>It reads as {language}.</source>
        <translation>Похоже, это {language}.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Import Header</source>
        <translation>Импорт заголовочных данных</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>This pane</source>
        <translation>Эта панель</translation>
    </message>
    <message>
        <source>Both panes</source>
        <translation>Обе панели</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Слова целиком</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <source>Replacement: {error}</source>
        <translation>Замена: {error}</translation>
    </message>
    <message>
        <source>Replaced {count} in both panes (one undo)</source>
        <translation>Заменено в обеих панелях: {count} (отменяется одним шагом)</translation>
    </message>
    <message>
        <source>Replaced {count}</source>
        <translation>Заменено: {count}</translation>
    </message>
    <message>
        <source>Invalid pattern: {error}</source>
        <translation>Неверный шаблон: {error}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>Совпадений: {count}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <source>(search wrapped)</source>
        <translation>(поиск продолжен с начала)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Quote mark {mark} has no matching {partner}</source>
        <translation>У кавычки {mark} нет парной {partner}</translation>
    </message>
    <message>
        <source>Quote marks {marks} are not {lang_name} style; use {expected}</source>
        <translation>Кавычки {marks} не соответствуют {lang_name} типографике; используйте {expected}</translation>
    </message>
    <message>
        <source>Nobody is credited for the quote “{text}”</source>
        <translation>Не указан автор цитаты «{text}»</translation>
    </message>
    <message>
        <source>The quote “{text}” is broken by a paragraph break mid-sentence</source>
        <translation>Цитата «{text}» разорвана на два абзаца посреди предложения</translation>
    </message>
    <message>
        <source>The quote “{text}” has no counterpart in the {other_lang_name} version</source>
        <translation>У цитаты «{text}» нет соответствия в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>The quote is credited to {speaker} here but to {other_speaker} in the {other_lang_name} version</source>
        <translation>Автор цитаты здесь — {speaker}, а в {other_lang_name} версии — {other_speaker}</translation>
    </message>
    <message>
        <source>{speaker} is “{title}” here but “{other_title}” in the {other_lang_name} version</source>
        <translation>{speaker}: здесь указана должность «{title}», а в {other_lang_name} версии — «{other_title}»</translation>
    </message>
    <message>
        <source>Typography: {rule}: “{text}” → “{fixed}”</source>
        <translation>Типографика: {rule}: «{text}» → «{fixed}»</translation>
    </message>
    <message>
        <source>Unknown word “{word}”</source>
        <translation>Неизвестное слово «{word}»</translation>
    </message>
    <message>
        <source>“{text}” is a variant of the partner name “{canonical}”</source>
        <translation>«{text}» — вариант написания «{canonical}» из справочника партнёров</translation>
    </message>
    <message>
        <source>{subject} is named in this version but not in the {other_lang_name} one</source>
        <translation>{subject} упоминается в этой версии, но не в {other_lang_name}</translation>
    </message>
    <message>
        <source>The number {text} has no match in the {other_lang_name} version</source>
        <translation>Число {text} не найдено в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>The date {text} has no match in the {other_lang_name} version</source>
        <translation>Дата {text} не найдена в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>The link {text} is missing from the {other_lang_name} version</source>
        <translation>Ссылка {text} отсутствует в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>This paragraph has no counterpart in the {other_lang_name} version</source>
        <translation>У этого абзаца нет соответствия в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>The release has no publication date</source>
        <translation>У выпуска нет даты публикации</translation>
    </message>
    <message>
        <source>The related link “{text}” is missing from the {other_lang_name} version</source>
        <translation>Ссылка «{text}» в блоке «другие СМИ» отсутствует в {other_lang_name} версии</translation>
    </message>
    <message>
        <source>The picture {text} has no alt text</source>
        <translation>У изображения {text} нет альтернативного текста</translation>
    </message>
    <message>
        <source>The credit line is missing here; the {other_lang_name} version has “{text}”</source>
        <translation>Здесь нет строки об авторстве; в {other_lang_name} версии есть «{text}»</translation>
    </message>
    <message>
        <source>A quote mark without its pair</source>
        <translation>Кавычка без парной</translation>
    </message>
    <message>
        <source>Quote marks of the wrong language&apos;s style</source>
        <translation>Кавычки, принятые в другом языке</translation>
    </message>
    <message>
        <source>A direct quote with no speaker</source>
        <translation>Прямая цитата без автора</translation>
    </message>
    <message>
        <source>A quote broken by a paragraph break</source>
        <translation>Цитата, разорванная абзацем</translation>
    </message>
    <message>
        <source>A quote present in one language only</source>
        <translation>Цитата есть только в одной языковой версии</translation>
    </message>
    <message>
        <source>A quote credited to different speakers in the two languages</source>
        <translation>Цитата приписана разным людям в двух версиях</translation>
    </message>
    <message>
        <source>A speaker&apos;s title differs between the languages or from the directory</source>
        <translation>Должность говорящего расходится между версиями или со справочником</translation>
    </message>
    <message>
        <source>A typographic convention not followed</source>
        <translation>Нарушено типографское правило</translation>
    </message>
    <message>
        <source>A word the dictionaries do not know</source>
        <translation>Слово, которого нет в словарях</translation>
    </message>
    <message>
        <source>A partner&apos;s name spelled otherwise than in the directory</source>
        <translation>Название партнёра написано не так, как в справочнике</translation>
    </message>
    <message>
        <source>A partner named in one language only</source>
        <translation>Партнёр назван только в одной версии</translation>
    </message>
    <message>
        <source>A number in one language only</source>
        <translation>Число есть только в одной версии</translation>
    </message>
    <message>
        <source>A date in one language only</source>
        <translation>Дата есть только в одной версии</translation>
    </message>
    <message>
        <source>A link in one language only</source>
        <translation>Ссылка есть только в одной версии</translation>
    </message>
    <message>
        <source>A paragraph with no counterpart in the other language</source>
        <translation>Абзац без соответствия в другой версии</translation>
    </message>
    <message>
        <source>A release without a publication date</source>
        <translation>Выпуск без даты публикации</translation>
    </message>
    <message>
        <source>A related link in one language only</source>
        <translation>Ссылка «другие СМИ» только в одном языке</translation>
    </message>
    <message>
        <source>A picture without alt text</source>
        <translation>Изображение без альтернативного текста</translation>
    </message>
    <message>
        <source>A credit line in one language only</source>
        <translation>Строка об авторстве только в одном языке</translation>
    </message>
    <message>
        <source>curly quotes</source>
        <translation>типографские кавычки</translation>
    </message>
    <message>
        <source>guillemets</source>
        <translation>кавычки-ёлочки</translation>
    </message>
    <message>
        <source>apostrophe</source>
        <translation>апостроф</translation>
    </message>
    <message>
        <source>em dash</source>
        <translation>длинное тире</translation>
    </message>
    <message>
        <source>dash with a no-break space</source>
        <translation>тире с неразрывным пробелом</translation>
    </message>
    <message>
        <source>number sign</source>
        <translation>знак номера</translation>
    </message>
    <message>
        <source>no-break space after №</source>
        <translation>неразрывный пробел после №</translation>
    </message>
    <message>
        <source>no-break space after a short word</source>
        <translation>неразрывный пробел после короткого слова</translation>
    </message>
    <message>
        <source>no-break space after initials</source>
        <translation>неразрывный пробел после инициалов</translation>
    </message>
    <message>
        <source>no-break space before a unit</source>
        <translation>неразрывный пробел перед единицей измерения</translation>
    </message>
    <message>
        <source>ellipsis</source>
        <translation>многоточие</translation>
    </message>
    <message>
        <source>digit groups</source>
        <translation>разряды чисел</translation>
    </message>
    <message>
        <source>apostrophe for left-out letters</source>
        <translation>апостроф на месте пропущенных букв</translation>
    </message>
    <message>
        <source>apostrophe after bold or italics</source>
        <translation>апостроф после жирного или курсива</translation>
    </message>
    <message>
        <source>closing single quote</source>
        <translation>закрывающая одинарная кавычка</translation>
    </message>
    <message>
        <source>opening single quote</source>
        <translation>открывающая одинарная кавычка</translation>
    </message>
    <message>
        <source>dash before a line break</source>
        <translation>тире перед переносом строки</translation>
    </message>
    <message>
        <source>square or cubic unit</source>
        <translation>квадратная или кубическая единица</translation>
    </message>
    <message>
        <source>no-break space in an abbreviation</source>
        <translation>неразрывный пробел в сокращении</translation>
    </message>
    <message>
        <source>no-break space before «век»</source>
        <translation>неразрывный пробел перед «век»</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английской</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русской</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Абзацы</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>информация</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>[ignored: {reason}] {message}</source>
        <translation>[игнорируется: {reason}] {message}</translation>
    </message>
    <message>
        <source>Paragraph {0}, line {1}, column {2}</source>
        <translation>Абзац {0}, строка {1}, столбец {2}</translation>
    </message>
    <message>
        <source>Double-click to apply the fix</source>
        <translation>Дважды щёлкните, чтобы применить исправление</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>HeaderEditing</name>
    <message>
        <source>Change Date</source>
        <translation>Изменение даты</translation>
    </message>
    <message>
        <source>Change Credit</source>
        <translation>Изменение строки об авторстве</translation>
    </message>
    <message>
        <source>Change Related Links</source>
        <translation>Изменение ссылок</translation>
    </message>
    <message>
        <source>Change Pictures</source>
        <translation>Изменение изображений</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>Details</source>
        <extracomment>the date the user set (None: cleared) the credit line, once editing it finished the related links as now listed the pictures as now listed filled when the body is built: its credit field&apos;s key filter (the header&apos;s undo)</extracomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Date, credit line, related links and pictures</source>
        <translation>Дата, строка об авторстве, ссылки и изображения</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Авторство:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Prepared by … (the photo or the author)</source>
        <translation>Материал подготовлен … (фото или автор)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Файл или адрес</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add Picture…</source>
        <translation>Добавить изображение…</translation>
    </message>
    <message>
        <source>Related Links ({count})</source>
        <translation>Ссылки ({count})</translation>
    </message>
    <message>
        <source>Pictures ({count})</source>
        <translation>Изображения ({count})</translation>
    </message>
    <message>
        <source>links: {count}</source>
        <translation>ссылок: {count}</translation>
    </message>
    <message>
        <source>pictures: {count}</source>
        <translation>изображений: {count}</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Новая ссылка</translation>
    </message>
    <message>
        <source>Add Picture</source>
        <translation>Добавить изображение</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>IgnoreDialog</name>
    <message>
        <source>Ignore Finding</source>
        <translation>Игнорировать замечание</translation>
    </message>
    <message>
        <source>Why can this be ignored? (saved in the release for the next reviewer; a reason is required)</source>
        <translation>Почему это можно игнорировать? (сохраняется в выпуске для следующего редактора; причина обязательна)</translation>
    </message>
    <message>
        <source>e.g. the name is spelled as the partner spells it</source>
        <translation>например, имя написано так, как пишет его сам партнёр</translation>
    </message>
</context>
<context>
    <name>IgnoreHistory</name>
    <message>
        <source>I&amp;gnored Findings…</source>
        <translation>&amp;Игнорируемые замечания…</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Отменить: {what}</translation>
    </message>
    <message>
        <source>Undo Ignore</source>
        <translation>Отменить игнорирование</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Повторить: {what}</translation>
    </message>
    <message>
        <source>Redo Ignore</source>
        <translation>Повторить игнорирование</translation>
    </message>
    <message>
        <source>Ignore “{code}”</source>
        <translation>Игнорировать «{code}»</translation>
    </message>
    <message>
        <source>Stop Ignoring {count}</source>
        <translation>Перестать игнорировать ({count})</translation>
    </message>
    <message>
        <source>Stop Ignoring “{code}”</source>
        <translation>Перестать игнорировать «{code}»</translation>
    </message>
</context>
<context>
    <name>IgnoredListDialog</name>
    <message>
        <source>Ignored Findings</source>
        <translation>Игнорируемые замечания</translation>
    </message>
    <message>
        <source>No finding is ignored in this release.</source>
        <translation>В этом выпуске нет игнорируемых замечаний.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>What it said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Stop Ignoring</source>
        <translation>&amp;Перестать игнорировать</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title ({language})</source>
        <translation>Заголовок ({language})</translation>
    </message>
    <message>
        <source>Text ({language})</source>
        <translation>Текст ({language})</translation>
    </message>
    <message>
        <source>Write the release in Markdown…</source>
        <translation>Напишите текст пресс-релиза в Markdown…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;последние</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Fix All &amp;Typography</source>
        <translation>Исправить всю &amp;типографику</translation>
    </message>
    <message>
        <source>&amp;About presspad</source>
        <translation>&amp;О программе presspad</translation>
    </message>
    <message>
        <source>Open Release</source>
        <translation>Открыть пресс-релиз</translation>
    </message>
    <message>
        <source>presspad releases (*.presspad);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation>Пресс-релизы presspad (*.presspad);;Текст и Markdown (*.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New release {name}: saved there when you save</source>
        <translation>Новый релиз {name}: будет сохранён там при сохранении</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Открыто: {name}</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings</source>
        <translation>Ошибок: {errors}, предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>Save Release</source>
        <translation>Сохранить пресс-релиз</translation>
    </message>
    <message>
        <source>presspad releases (*.presspad)</source>
        <translation>Пресс-релизы presspad (*.presspad)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The release has unsaved changes. Save them first?</source>
        <translation>В пресс-релизе есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>{count} typography fixes applied</source>
        <translation>Применено типографских исправлений: {count}</translation>
    </message>
    <message>
        <source>{lang}: {words} words, {chars} characters</source>
        <translation>{lang}: слов — {words}, знаков — {chars}</translation>
    </message>
    <message>
        <source>No recent releases</source>
        <translation>Нет недавних пресс-релизов</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Экспорт &amp;отчёта о проверке…</translation>
    </message>
    <message>
        <source>Copy English as &amp;HTML</source>
        <translation>Копировать английскую версию как &amp;HTML</translation>
    </message>
    <message>
        <source>Copy Russian as H&amp;TML</source>
        <translation>Копировать русскую версию как H&amp;TML</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview English</source>
        <translation>Предпросмотр английской версии</translation>
    </message>
    <message>
        <source>Preview Russian</source>
        <translation>Предпросмотр русской версии</translation>
    </message>
    <message>
        <source>Preview Both Languages</source>
        <translation>Предпросмотр обеих версий</translation>
    </message>
    <message>
        <source>Import Release</source>
        <translation>Импорт пресс-релиза</translation>
    </message>
    <message>
        <source>Site pages, Markdown and Word (*.txt *.md *.docx);;All files (*)</source>
        <translation>Страницы сайта, Markdown и Word (*.txt *.md *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Website news page, English (*.txt)</source>
        <translation>Новость для сайта, английская версия (*.txt)</translation>
    </message>
    <message>
        <source>Website news page, Russian (*.txt)</source>
        <translation>Новость для сайта, русская версия (*.txt)</translation>
    </message>
    <message>
        <source>HTML page, both languages (*.html)</source>
        <translation>Страница HTML, обе версии (*.html)</translation>
    </message>
    <message>
        <source>HTML page, English (*.html)</source>
        <translation>Страница HTML, английская версия (*.html)</translation>
    </message>
    <message>
        <source>HTML page, Russian (*.html)</source>
        <translation>Страница HTML, русская версия (*.html)</translation>
    </message>
    <message>
        <source>Markdown, English (*.md)</source>
        <translation>Markdown, английская версия (*.md)</translation>
    </message>
    <message>
        <source>Markdown, Russian (*.md)</source>
        <translation>Markdown, русская версия (*.md)</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Экспорт пресс-релиза</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Exported with Warnings</source>
        <translation>Экспорт с предупреждениями</translation>
    </message>
    <message>
        <source>Exported {name}. Unsafe HTML in the text:</source>
        <translation>Файл {name} сохранён. Небезопасный HTML в тексте:</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Экспортировано: {name}</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Экспорт отчёта о проверке</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Страница HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Пишется отчёт о проверке…</translation>
    </message>
    <message>
        <source>The checks failed, so there is no report to write.</source>
        <translation>Проверки не выполнились, отчёт писать не из чего.</translation>
    </message>
    <message>
        <source>Exported the review report to {name}</source>
        <translation>Отчёт о проверке сохранён в {name}</translation>
    </message>
    <message>
        <source>Cannot Copy</source>
        <translation>Не удалось скопировать</translation>
    </message>
    <message>
        <source>HTML copied to the clipboard</source>
        <translation>HTML скопирован в буфер обмена</translation>
    </message>
</context>
<context>
    <name>QuotePairsModel</name>
    <message>
        <source>English quote</source>
        <translation>Цитата на английском</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Russian quote</source>
        <translation>Цитата на русском</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>no English counterpart</source>
        <translation>нет в английской версии</translation>
    </message>
    <message>
        <source>no Russian counterpart</source>
        <translation>нет в русской версии</translation>
    </message>
    <message>
        <source>different speakers</source>
        <translation>разные авторы</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>не уверен</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>No speaker found in the English version.</source>
        <translation>В английской версии не найден автор слов.</translation>
    </message>
    <message>
        <source>No speaker found in the Russian version.</source>
        <translation>В русской версии не найден автор слов.</translation>
    </message>
    <message>
        <source>The source is a document, not a person.</source>
        <translation>Источник — документ, а не человек.</translation>
    </message>
    <message>
        <source>Neither the partner directory nor the spelling shows that {0} and {1} are the same person.</source>
        <translation>Ни справочник партнёров, ни написание не подтверждают, что {0} и {1} — один и тот же человек.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(не указан)</translation>
    </message>
</context>
<context>
    <name>QuoteTinter</name>
    <message>
        <source>Quote: speaker unknown</source>
        <translation>Цитата: автор не указан</translation>
    </message>
    <message>
        <source>Quote: {0}, {1}</source>
        <translation>Цитата: {0}, {1}</translation>
    </message>
    <message>
        <source>Quote: {0}</source>
        <translation>Цитата: {0}</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Review report</source>
        <translation>Отчёт о проверке</translation>
    </message>
    <message>
        <source>Not ready: {count} open error(s) to fix.</source>
        <translation>Не готово: открытых ошибок — {count}.</translation>
    </message>
    <message>
        <source>No open errors; {count} warning(s) to look at.</source>
        <translation>Открытых ошибок нет; предупреждений — {count}.</translation>
    </message>
    <message>
        <source>Ready: no open errors or warnings.</source>
        <translation>Готово: нет открытых ошибок и предупреждений.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Игнорируется</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Мелочи</translation>
    </message>
    <message>
        <source>Paragraph alignment</source>
        <translation>Соответствие абзацев</translation>
    </message>
    <message>
        <source>Each row pairs English paragraphs with Russian ones; a highlighted row has no counterpart in the other language.</source>
        <translation>Каждая строка сопоставляет английские абзацы русским; выделенная строка не имеет пары в другом языке.</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>нет пары</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Открытые замечания</translation>
    </message>
    <message>
        <source>Neither language has any text.</source>
        <translation>Ни в одном языке нет текста.</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>No quotations.</source>
        <translation>Цитат нет.</translation>
    </message>
    <message>
        <source>no counterpart in the other language</source>
        <translation>нет пары в другом языке</translation>
    </message>
    <message>
        <source>the speakers differ</source>
        <translation>авторы различаются</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>автор неизвестен</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Открытых замечаний нет.</translation>
    </message>
    <message>
        <source>Ignored by reviewers</source>
        <translation>Игнорируется редакторами</translation>
    </message>
    <message>
        <source>Nothing ignored.</source>
        <translation>Ничего не игнорируется.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>What it said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>(no longer found in the text)</source>
        <translation>(в тексте больше не найдено)</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <source>Generated {when} by presspad {version}</source>
        <translation>Создан {when}, presspad {version}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Show &amp;Minor Findings</source>
        <translation>Показывать &amp;мелкие замечания</translation>
    </message>
    <message>
        <source>Show I&amp;gnored Findings</source>
        <translation>Показывать &amp;игнорируемые замечания</translation>
    </message>
    <message>
        <source>&amp;Jump to Counterpart Paragraph</source>
        <translation>Перейти к &amp;абзацу в другой версии</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <source>Partner &amp;Directory…</source>
        <translation>&amp;Справочник партнёров…</translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation>Справочник партнёров</translation>
    </message>
    <message>
        <source>The partner directory is still being opened; try again in a moment.</source>
        <translation>Справочник партнёров ещё открывается; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Применить исправление</translation>
    </message>
    <message>
        <source>Stop Ignoring</source>
        <translation>Не игнорировать</translation>
    </message>
    <message>
        <source>Ignore…</source>
        <translation>Игнорировать…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Check spelling as I type</source>
        <translation>Проверять орфографию при вводе</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Английский (США)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Английский (Великобритания)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Your name (signs comments and ignored findings):</source>
        <translation>Ваше имя (подписывает комментарии и игнорируемые замечания):</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Орфография:</translation>
    </message>
    <message>
        <source>English dictionary:</source>
        <translation>Английский словарь:</translation>
    </message>
    <message>
        <source>Typography rules:</source>
        <translation>Типографика:</translation>
    </message>
    <message>
        <source>Site profile:</source>
        <translation>Профиль сайта:</translation>
    </message>
    <message>
        <source>Autosave after:</source>
        <translation>Автосохранение через:</translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation>Шрифт редактора:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>The password could not be kept: {error}</source>
        <translation>Не удалось сохранить пароль: {error}</translation>
    </message>
    <message>
        <source>Quote marks</source>
        <translation>Кавычки</translation>
    </message>
    <message>
        <source>Apostrophes and single quotes</source>
        <translation>Апострофы и одинарные кавычки</translation>
    </message>
    <message>
        <source>Dashes</source>
        <translation>Тире</translation>
    </message>
    <message>
        <source>No-break spaces</source>
        <translation>Неразрывные пробелы</translation>
    </message>
    <message>
        <source>Symbols (…, ², No.)</source>
        <translation>Символы (…, ², №)</translation>
    </message>
    <message>
        <source>Digit groups (10 000)</source>
        <translation>Разряды чисел (10 000)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Editor Font</source>
        <translation>Шрифт редактора</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Spell checking is off: the Enchant library is missing. Install the Debian package {package}.</source>
        <translation>Проверка орфографии отключена: не найдена библиотека Enchant. Установите пакет Debian {package}.</translation>
    </message>
    <message>
        <source>Spell checking for {lang_name} is off: no {tag} dictionary. Install the Debian package {package}.</source>
        <translation>Проверка орфографии ({lang_name}) отключена: нет словаря {tag}. Установите пакет Debian {package}.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
</context>
</TS>
