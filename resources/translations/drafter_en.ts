<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English plural forms only: every other English text is the source itself (see drafter/gui/plurals.py). -->
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n preambular paragraph(s)</source>
        <translation>
            <numerusform>%n preambular paragraph</numerusform>
            <numerusform>%n preambular paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operative paragraph(s)</source>
        <translation>
            <numerusform>%n operative paragraph</numerusform>
            <numerusform>%n operative paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-paragraph(s)</source>
        <translation>
            <numerusform>%n sub-paragraph</numerusform>
            <numerusform>%n sub-paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision mark(s)</source>
        <translation>
            <numerusform>%n revision mark</numerusform>
            <numerusform>%n revision marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) only changed number.</source>
        <translation>
            <numerusform>%n paragraph only changed number.</numerusform>
            <numerusform>%n paragraphs only changed number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) aligned</source>
        <translation>
            <numerusform>%n paragraph aligned</numerusform>
            <numerusform>%n paragraphs aligned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) read into the citation index.</source>
        <translation>
            <numerusform>%n text read into the citation index.</numerusform>
            <numerusform>%n texts read into the citation index.</numerusform>
        </translation>
    </message>
</context>
</TS>
