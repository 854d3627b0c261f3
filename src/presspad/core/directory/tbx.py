"""TBX (TermBase eXchange) import and export of the partner directory.

Translators' CAT tools (Trados MultiTerm, memoQ, OmegaT, Weblate...) read and
write TBX glossaries; presspad shares its directory with them through this
format, using translate-toolkit's ``translate.storage.tbx`` (a maintained
reader/writer) rather than our own XML code.

Mapping (TBX-Basic data categories):

* one ``termEntry`` per partner, ``id="presspad-<id>"``, with
  ``<descrip type="subjectField">`` = ``organisation`` or ``person``;
* per language a ``langSet`` whose terms carry ``administrativeStatus``:
  the canonical name is ``preferredTerm-admn-sts``, short forms
  ``admittedTerm-admn-sts``, known wrong variants ``deprecatedTerm-admn-sts``;
* the note is a ``<note>``; a person's gender an ``<admin type="gender">``;
* each title of a person is a ``termEntry`` of its own (subject field
  ``job title``: translators need it as a term) that points to its person and
  organisation with ``<admin type="presspad-person">`` / ``"presspad-organisation"``.

A glossary from elsewhere imports too: entries without a presspad subject field
become organisations, their first non-deprecated term the canonical name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from presspad.core.directory.model import DIRECTORY_LANGS, ORG, PERSON, Entry, Title
from presspad.core.model.errors import PresspadError

logger = logging.getLogger(__name__)

PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUBJECTS = {ORG: "organisation", PERSON: "person"}
TITLE_SUBJECT = "job title"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _term_id(entry: Entry, index: int) -> str:
    return f"presspad-{entry.id if entry.id is not None else index}"


def entries_to_tbx(entries: list[Entry]) -> bytes:
    """A TBX document (UTF-8 bytes) holding ``entries``."""
    from translate.storage.tbx import tbxfile

    store = tbxfile(sourcelanguage="en", targetlanguage="ru")
    ids = {e.id: _term_id(e, i) for i, e in enumerate(entries) if e.id is not None}
    for index, entry in enumerate(entries):
        unit = store.addsourceunit(entry.en)
        unit.setid(_term_id(entry, index))
        _descrip(unit, "subjectField", SUBJECTS[entry.kind])
        for lang in DIRECTORY_LANGS:
            terms = [(t, PREFERRED) for t in entry.accepted(lang)[:1] if t == entry.name(lang)]
            terms += [(t, ADMITTED) for t in entry.short(lang)]
            terms += [(t, DEPRECATED) for t in entry.variants(lang)]
            _set_terms(unit, lang, terms)
        _drop_empty_langsets(unit)
        if entry.gender:
            _admin(unit, "gender", entry.gender)
        if entry.note:
            unit.addnote(entry.note)
        for number, title in enumerate(entry.titles):
            title_unit = store.addsourceunit(title.en)
            title_unit.setid(f"{_term_id(entry, index)}-title-{number + 1}")
            _descrip(title_unit, "subjectField", TITLE_SUBJECT)
            for lang in DIRECTORY_LANGS:
                _set_terms(title_unit, lang, [(title.text(lang), PREFERRED)]
                           if title.text(lang) else [])
            _drop_empty_langsets(title_unit)
            _admin(title_unit, "presspad-person", _term_id(entry, index))
            if title.org_id is not None and title.org_id in ids:
                _admin(title_unit, "presspad-organisation", ids[title.org_id])
            elif title.org_name:
                _admin(title_unit, "presspad-organisation-name", title.org_name)
    return bytes(store)


def _set_terms(unit, lang: str, terms: list[tuple[str, str]]) -> None:
    from lxml import etree

    if not terms:
        return
    if lang == "en":
        unit.set_source_terms([t for t, _ in terms], lang="en")
    else:
        unit.set_target_terms([t for t, _ in terms], lang=lang)
    node = unit.get_target_dom(lang) if lang != "en" else unit.get_source_dom()
    for tig, (_text, status) in zip(node.findall(unit.namespaced("tig")), terms, strict=True):
        note = etree.SubElement(tig, unit.namespaced("termNote"), type="administrativeStatus")
        note.text = status


def _drop_empty_langsets(unit) -> None:
    """Remove a language with no term (a Russian-only title has no English one)."""
    for node in unit.getlanguageNodes():
        if not any((t.text or "").strip() for t in node.iter(unit.namespaced("term"))):
            node.getparent().remove(node)


def _descrip(unit, kind: str, text: str) -> None:
    _element(unit, "descrip", kind, text)


def _admin(unit, kind: str, text: str) -> None:
    _element(unit, "admin", kind, text)


def _element(unit, tag: str, kind: str, text: str) -> None:
    from lxml import etree

    node = etree.Element(unit.namespaced(tag), type=kind)
    node.text = text
    # Concept-level data goes before the langSets, as TBX orders it.
    unit.xmlelement.insert(0, node)


def _concept_value(unit, tag: str, kind: str) -> str:
    for node in unit.xmlelement.findall(unit.namespaced(tag)):
        if node.get("type") == kind:
            return (node.text or "").strip()
    return ""


def _lang_terms(unit) -> dict[str, list]:
    """Terms per language (en/ru), whatever region codes the file uses (en-US)."""
    result: dict[str, list] = {}
    for node in unit.getlanguageNodes():
        lang = (node.get(_XML_LANG) or node.get("lang") or "").lower().split("-")[0]
        if lang in DIRECTORY_LANGS and lang not in result:
            result[lang] = unit.get_target_terms(node.get(_XML_LANG) or node.get("lang"))
    return result


def parse_tbx(data: bytes, path: str | Path | None = None) -> list[Entry]:
    """Entries from TBX bytes; raise PresspadError (nothing imported) when broken."""
    from lxml import etree
    from translate.storage.tbx import tbxfile

    # Check well-formedness and the root first (with a parser that resolves no
    # entities and fetches nothing), so the user reads what is wrong.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if getattr(exc, "lineno", None) else None
        raise PresspadError(f"not a valid TBX file: {exc.msg}", path=path, line=line,
                            hint="export it again from the CAT tool") from None
    root_name = etree.QName(root).localname
    if root_name == "tbx":
        # translate-toolkit reads the TBX 2 (<martif>) dialect CAT tools export.
        raise PresspadError("this is a TBX 3 (<tbx>) file; presspad reads TBX 2 (<martif>)",
                            path=path, hint="export the glossary as TBX 2 / TBX-Basic")
    if root_name != "martif":
        raise PresspadError(f"not a TBX file (its root element is <{root_name}>)", path=path)
    try:
        store = tbxfile.parsestring(data)
    except Exception as exc:  # noqa: BLE001 - any parser failure is a broken file to the user
        raise PresspadError(f"not a valid TBX file: {exc or type(exc).__name__}",
                            path=path) from None
    by_term_id: dict[str, Entry] = {}
    titles: list[tuple[object, dict[str, list]]] = []
    entries: list[Entry] = []
    for unit in store.units:
        subject = _concept_value(unit, "descrip", "subjectField").lower()
        terms = _lang_terms(unit)
        if subject == TITLE_SUBJECT:
            titles.append((unit, terms))
            continue
        kind = PERSON if subject == SUBJECTS[PERSON] else ORG
        entry = Entry(kind=kind, gender=_concept_value(unit, "admin", "gender"),
                      note=unit.getnotes().strip())
        for lang, lang_terms in terms.items():
            _fill_names(entry, lang, lang_terms)
        if not (entry.en or entry.ru):
            continue   # an empty concept (placeholder) in a foreign glossary
        entries.append(entry)
        if unit.getid():
            by_term_id[unit.getid()] = entry
    for unit, terms in titles:
        person = by_term_id.get(_concept_value(unit, "admin", "presspad-person"))
        if person is None:
            continue
        org = by_term_id.get(_concept_value(unit, "admin", "presspad-organisation"))
        org_name = (org.en or org.ru) if org else _concept_value(
            unit, "admin", "presspad-organisation-name")
        text = {lang: next((t.text for t in ts if t.text), "") for lang, ts in terms.items()}
        person.titles.append(Title(text.get("en", ""), text.get("ru", ""), None, org_name))
    if not entries:
        raise PresspadError("the TBX file holds no terms in English or Russian", path=path)
    return sorted(entries, key=lambda e: e.kind != ORG)


def _fill_names(entry: Entry, lang: str, terms: list) -> None:
    canonical = ""
    for term in terms:
        status = (term.administrative_status or "").strip().lower()
        if status.startswith("preferred") and term.text and not canonical:
            canonical = term.text
    if not canonical:
        # A glossary without statuses: its first unmarked term is the name to use
        # (an admitted term stays a short form, as presspad wrote it).
        canonical = next((t.text for t in terms if t.text and not t.administrative_status), "")
    setattr(entry, lang, canonical)
    for term in terms:
        if not term.text or term.text == canonical:
            continue
        (entry.variants(lang) if term.deprecated else entry.short(lang)).append(term.text)
