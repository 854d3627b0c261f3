<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;presspad {version}&lt;/h3&gt;&lt;p&gt;Write, check and publish bilingual English/Russian press releases.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About presspad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presspad was closed without saving {name} (last autosaved {time}). Restore that work?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Quote mark {mark} is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote marks {marks} are not {lang_name} style; use {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is credited for the quote “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote “{text}” is broken by a paragraph break mid-sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote “{text}” has no counterpart in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is credited to {speaker} here but to {other_speaker} in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is “{title}” here but “{other_title}” in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography: {rule}: “{text}” → “{fixed}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is a variant of the partner name “{canonical}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} is named in this version but not in the {other_lang_name} one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {text} has no match in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {text} has no match in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link {text} is missing from the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph has no counterpart in the {other_lang_name} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the release in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About presspad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presspad releases (*.presspad);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presspad releases (*.presspad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lang}: {words} words, {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it and lose the text shown here, or keep your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent releases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English dictionary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directories (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor Font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
