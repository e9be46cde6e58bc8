<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+41"/>
        <source>Vangnet: homelessness prevention casework.</source>
        <translation>Vangnet: casusregie bij preventie van dakloosheid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this database: an SQLite file or a postgresql:// URL.</source>
        <translation>Open deze database: een SQLite-bestand of een postgresql://-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE|URL</source>
        <translation>BESTAND|URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error of off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+43"/>
        <source>Vangnet</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be opened.

%1</source>
        <translation>De database kon niet worden geopend.

%1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The users could not be read.

%1</source>
        <translation>De gebruikers konden niet worden gelezen.

%1</translation>
    </message>
</context>
<context>
    <name>vangnet::ActivateRulesDialog</name>
    <message>
        <location filename="../../ui/rules/ActivateRulesDialog.ui" line="+6"/>
        <source>Activate rules</source>
        <translation>Regels activeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About activating</source>
        <translation>Over activeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rules are saved as a new version. From the date below they decide the flags; the active version stays in the history.</source>
        <translation>De regels worden opgeslagen als nieuwe versie. Vanaf de datum hieronder bepalen zij de signaleringen; de actieve versie blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In force &amp;from:</source>
        <translation>&amp;Geldig vanaf:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note about this version</source>
        <translation>Toelichting bij deze versie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed, and why</source>
        <translation>Wat is er veranderd, en waarom</translation>
    </message>
    <message>
        <location filename="../../src/app/rules/ActivateRulesDialog.cpp" line="+17"/>
        <source>Activate or cancel</source>
        <translation>Activeren of annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
</context>
<context>
    <name>vangnet::AddressRepository</name>
    <message>
        <location filename="../../src/core/storage/AddressRepository.cpp" line="+36"/>
        <source>Address %1 does not exist</source>
        <translation>Adres %1 bestaat niet</translation>
    </message>
</context>
<context>
    <name>vangnet::AppResources</name>
    <message>
        <location filename="../../src/app/AppResources.cpp" line="+32"/>
        <source>Choices</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: choices</source>
        <translation>%1: keuzes</translation>
    </message>
</context>
<context>
    <name>vangnet::AssignDialog</name>
    <message>
        <location filename="../../ui/cases/AssignDialog.ui" line="+6"/>
        <source>Assign cases</source>
        <translation>Zaken toewijzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is assigned</source>
        <translation>Wat wordt toegewezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Caseworkers of the team</source>
        <translation>Consulenten van het team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why nothing was assigned</source>
        <translation>Waarom niets is toegewezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assign or cancel</source>
        <translation>Toewijzen of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/AssignDialog.cpp" line="+16"/>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (niet toegewezen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose who gets the work.</source>
        <translation>Kies wie het werk krijgt.</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditCheckpoint</name>
    <message>
        <location filename="../../src/core/audit/AuditCheckpoint.cpp" line="+41"/>
        <source>%1, line %2: not an audit checkpoint: %3</source>
        <translation>%1, regel %2: geen controlepunt van het auditlog: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected &quot;%1 %2 &lt;database&gt; &lt;seq&gt; &lt;hash&gt; &lt;time&gt; &lt;mac&gt;&quot;</source>
        <translation>verwacht &quot;%1 %2 &lt;database&gt; &lt;volgnummer&gt; &lt;hash&gt; &lt;tijd&gt; &lt;mac&gt;&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not known</source>
        <translation>versie %1 is onbekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sequence number &quot;%1&quot; is not a positive number</source>
        <translation>het volgnummer &quot;%1&quot; is geen positief getal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time &quot;%1&quot; is not an ISO date and time</source>
        <translation>de tijd &quot;%1&quot; is geen ISO-datum en -tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no audit checkpoint.</source>
        <translation>%1 bevat geen controlepunt van het auditlog.</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditCsvWriter</name>
    <message>
        <location filename="../../src/app/audit/AuditCsvWriter.cpp" line="+45"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditEvent</name>
    <message>
        <location filename="../../src/core/audit/AuditEvent.cpp" line="+52"/>
        <source>Login</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Mislukte inlogpoging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logout</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened household</source>
        <translation>Huishouden geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created household</source>
        <translation>Huishouden aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed household</source>
        <translation>Huishouden gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted household</source>
        <translation>Huishouden verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed BSN</source>
        <translation>BSN getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Toegang geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User administration</source>
        <translation>Gebruikersbeheer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention purge</source>
        <translation>Opschoning (bewaartermijn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed retention period</source>
        <translation>Bewaartermijn gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved signal rules</source>
        <translation>Signaleringsregels opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed flag</source>
        <translation>Signalering afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed case</source>
        <translation>Zaak gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed deadline settings</source>
        <translation>Termijninstellingen gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened case</source>
        <translation>Zaak geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded ZRM assessment</source>
        <translation>ZRM-meting vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed discharge notice</source>
        <translation>Uitstroommelding gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed place inventory</source>
        <translation>Woonplekken gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed housing need</source>
        <translation>Woonvraag gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed housing placements</source>
        <translation>Plaatsingen gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the organisation settings</source>
        <translation>Organisatie-instellingen gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found a damaged protected field</source>
        <translation>Beschadigd beschermd gegeven aangetroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started the audit log of this database</source>
        <translation>Auditlog van deze database gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made, gave or rotated a team key</source>
        <translation>Teamsleutel gemaakt, gegeven of vernieuwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged households</source>
        <translation>Huishoudens samengevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undid a household merge</source>
        <translation>Samenvoeging van huishoudens ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditLog</name>
    <message>
        <location filename="../../src/core/audit/AuditLog.cpp" line="+392"/>
        <source>The checkpoint on line %1 (%2) does not belong to this database: its database id or seal does not match. Nothing was checked.</source>
        <translation>Het controlepunt op regel %1 (%2) hoort niet bij deze database: de database-id of het zegel klopt niet. Er is niets gecontroleerd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The audit log is not intact, so no checkpoint was made:
%1</source>
        <translation>Het auditlog is niet intact, dus er is geen controlepunt gemaakt:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log has no genesis record yet, so no checkpoint was made; it is written by the next action of a logged-in user.</source>
        <translation>Het auditlog heeft nog geen beginrecord, dus er is geen controlepunt gemaakt; de volgende handeling van een ingelogde gebruiker schrijft het.</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditPage</name>
    <message>
        <location filename="../../ui/audit/AuditPage.ui" line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Household id:</source>
        <translation>&amp;Huishouden-id:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Household id</source>
        <translation>Huishouden-id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who looked at this file</source>
        <translation>wie heeft dit dossier ingezien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Audit records</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Verify</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the audit log</source>
        <translation>De auditlog controleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the rows shown</source>
        <translation>De getoonde regels exporteren</translation>
    </message>
    <message>
        <location filename="../../src/app/audit/AuditPage.cpp" line="+40"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The first %n record(s); narrow the filter to see the rest.</source>
        <translation>
            <numerusform>De eerste %n regel; verfijn het filter om de rest te zien.</numerusform>
            <numerusform>De eerste %n regels; verfijn het filter om de rest te zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export audit log</source>
        <translation>Auditlog exporteren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Verify audit log</source>
        <translation>Auditlog controleren</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>The audit log is intact (%n record(s) checked).</source>
        <translation>
            <numerusform>De auditlog is intact (%n regel gecontroleerd).</numerusform>
            <numerusform>De auditlog is intact (%n regels gecontroleerd).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is not intact:
%1</source>
        <translation>De auditlog is niet intact:
%1</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditTableModel</name>
    <message>
        <location filename="../../src/app/audit/AuditTableModel.cpp" line="+28"/>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>vangnet::AuditVerifier</name>
    <message>
        <location filename="../../src/core/audit/AuditVerifier.cpp" line="+23"/>
        <source>Record %1 was altered: its content does not match its hash.</source>
        <translation>Record %1 is gewijzigd: de inhoud past niet bij de hash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record %1 was inserted or rewritten without the key: its seal is invalid.</source>
        <translation>Record %1 is zonder de sleutel ingevoegd of herschreven: het zegel is ongeldig.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Records after %1 and before %2 were inserted: the chain skips them.</source>
        <translation>Records na %1 en vóór %2 zijn ingevoegd: de keten slaat ze over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records before %1 were removed: the chain does not start there.</source>
        <translation>Records vóór %1 zijn verwijderd: de keten begint daar niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record %1 was altered: record %2 no longer links to it.</source>
        <translation>Record %1 is gewijzigd: record %2 verwijst er niet meer naar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record between %1 and %2 was removed: the chain is broken there.</source>
        <translation>Er is een record tussen %1 en %2 verwijderd: de keten is daar verbroken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record %1 starts the log a second time: the log before it was replaced.</source>
        <translation>Record %1 begint het log een tweede keer: het log ervoor is vervangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 claims to start the log but is not sealed: it was put there without the key.</source>
        <translation>Record %1 geeft zich uit voor het begin van het log maar is niet verzegeld: het is zonder de sleutel geplaatst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record %1 has no sequence number although the log&apos;s genesis precedes it.</source>
        <translation>Record %1 heeft geen volgnummer, hoewel het beginrecord van het log ervoor staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records numbered %1 to %2 were removed before record %3.</source>
        <translation>Records met volgnummer %1 tot en met %2 zijn verwijderd vóór record %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1 repeats sequence number %2: records were put back or inserted.</source>
        <translation>Record %1 herhaalt volgnummer %2: er zijn records teruggezet of ingevoegd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The start of the audit log was removed: record %1 is numbered and sealed, but no genesis record comes before it. The log was wiped or cut.</source>
        <translation>Het begin van het auditlog is verwijderd: record %1 is genummerd en verzegeld, maar er gaat geen beginrecord aan vooraf. Het log is gewist of afgeknipt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log holds no sealed record and no genesis record: it was wiped.</source>
        <translation>Het auditlog bevat geen verzegeld record en geen beginrecord: het is gewist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This log is from before sequence numbers and has no genesis record yet: the next action of a logged-in user writes it. Until then only the seal of the head shows a removed tail.</source>
        <translation>Dit log stamt van vóór de volgnummers en heeft nog geen beginrecord: de volgende handeling van een ingelogde gebruiker schrijft het. Tot dan laat alleen het zegel van de kop zien dat er records aan het eind zijn verwijderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The head of the log counts %1 records in sequence, its last record is number %2: records at the end were removed.</source>
        <translation>De kop van het log telt %1 records op volgorde, het laatste record heeft nummer %2: er zijn records aan het eind verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The log was rolled back: the checkpoint of %1 saw it up to record number %2, it now ends at number %3.</source>
        <translation>Het log is teruggezet: het controlepunt van %1 zag het tot recordnummer %2, nu eindigt het bij nummer %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log was rolled back or rewritten: its record number %1 is not the one the checkpoint of %2 saw.</source>
        <translation>Het log is teruggezet of herschreven: recordnummer %1 is niet het record dat het controlepunt van %2 zag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log was wiped: it holds no records, not even its genesis record.</source>
        <translation>Het auditlog is gewist: het bevat geen records, zelfs geen beginrecord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records at the end of the log were removed: it ends at record %1, its head says %2.</source>
        <translation>Er zijn records aan het eind van het logboek verwijderd: het eindigt bij record %1, de kop zegt %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The head of the log does not match its last record %1.</source>
        <translation>De kop van het logboek past niet bij het laatste record %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seal of the log&apos;s head is invalid: records at the end were removed or the head was changed.</source>
        <translation>Het zegel van de kop van het logboek is ongeldig: er zijn records aan het eind verwijderd of de kop is gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records %1 to %2 are not sealed yet (written without a login, such as failed logins); the next action of a logged-in user seals them.</source>
        <translation>Records %1 tot en met %2 zijn nog niet verzegeld (geschreven zonder aanmelding, zoals mislukte inlogpogingen); de volgende handeling van een ingelogde gebruiker verzegelt ze.</translation>
    </message>
</context>
<context>
    <name>vangnet::AuthService</name>
    <message>
        <location filename="../../src/core/users/AuthService.cpp" line="+26"/>
        <source>Unknown user name or wrong password.</source>
        <translation>Onbekende gebruikersnaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A password has at least %1 characters</source>
        <translation>Een wachtwoord heeft ten minste %1 tekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password may not contain the user name</source>
        <translation>Een wachtwoord mag de gebruikersnaam niet bevatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password is on the list of common passwords; choose another</source>
        <translation>Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden; kies een ander</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A user name has 2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>Een gebruikersnaam bestaat uit 2 tot 32 kleine letters, cijfers, punten, streepjes of liggende streepjes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name is required</source>
        <translation>Naam is verplicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseworkers and team leads belong to a team</source>
        <translation>Consulenten en teamleiders horen bij een team</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This database already has users; log in instead.</source>
        <translation>Deze database heeft al gebruikers; log in.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag het de functioneel beheerder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many failed attempts: this account is locked until %1.</source>
        <translation>Te veel mislukte pogingen: dit account is geblokkeerd tot %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The current password is not right</source>
        <translation>Het huidige wachtwoord klopt niet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A team needs a name</source>
        <translation>Een team heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team %1 exists already</source>
        <translation>Team %1 bestaat al</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>User name %1 is taken</source>
        <translation>Gebruikersnaam %1 is al in gebruik</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You cannot disable yourself or take away your own administrator role</source>
        <translation>U kunt uzelf niet uitschakelen en uw eigen beheerdersrol niet afnemen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset the password first: this account&apos;s key was removed when it was disabled</source>
        <translation>Stel eerst een nieuw wachtwoord in: de sleutel van dit account is verwijderd toen het werd uitgeschakeld</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>On a team server a rotation runs on the member&apos;s own connection: ask %1 to run `vangnet-cli --user %1 keys rotate --team TEAM --admin %2` and give your password there.</source>
        <translation>Op een teamserver loopt een sleutelvernieuwing via de eigen verbinding van het teamlid: vraag %1 om `vangnet-cli --user %1 keys rotate --team TEAM --admin %2` uit te voeren en geef daar uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>vangnet::AuthWorker</name>
    <message>
        <location filename="../../src/app/security/AuthWorker.cpp" line="+63"/>
        <source>The team server refused the login: wrong user name or password, or a disabled account.

%1</source>
        <translation>De teamserver weigerde de aanmelding: verkeerde gebruikersnaam of wachtwoord, of een uitgeschakeld account.

%1</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseAttemptsTab</name>
    <message>
        <location filename="../../ui/cases/CaseAttemptsTab.ui" line="+9"/>
        <source>Contact attempts on the case</source>
        <translation>Contactpogingen in de zaak</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <location line="+6"/>
        <location filename="../../src/app/cases/CaseAttemptsTab.cpp" line="+73"/>
        <source>New contact attempt</source>
        <translation>Nieuwe contactpoging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the contact attempt was not added</source>
        <translation>Waarom de contactpoging niet is toegevoegd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add contact attempt</source>
        <translation>&amp;Contactpoging toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the contact attempt</source>
        <translation>De contactpoging toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/CaseAttemptsTab.cpp" line="-53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n contactpoging</numerusform>
            <numerusform>%n contactpogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reached</source>
        <translation>
            <numerusform>%n bereikt</numerusform>
            <numerusform>%n bereikt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact attempt (the case is closed)</source>
        <translation>Nieuwe contactpoging (de zaak is afgesloten)</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseNotesTab</name>
    <message>
        <location filename="../../ui/cases/CaseNotesTab.ui" line="+9"/>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes on the case, newest first</source>
        <translation>Notities in de zaak, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note</source>
        <translation>Schrijf een notitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the note</source>
        <translation>De notitie toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders on the case, open ones first</source>
        <translation>Herinneringen in de zaak, openstaande eerst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New reminder</source>
        <translation>Nieuwe herinnering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to…</source>
        <translation>Herinner mij eraan om…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder due date</source>
        <translation>Datum van de herinnering</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add &amp;reminder</source>
        <translation>He&amp;rinnering toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the reminder</source>
        <translation>De herinnering toevoegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Complete reminder</source>
        <translation>Herinnering &amp;afronden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete the selected reminder</source>
        <translation>De gekozen herinnering afronden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the note or reminder was not added</source>
        <translation>Waarom de notitie of herinnering niet is toegevoegd</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/CaseNotesTab.cpp" line="+28"/>
        <source>Due</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notities (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (today)</source>
        <translation>%1 (vandaag)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done %1</source>
        <translation>Afgerond %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders (%1 open)</source>
        <translation>Herinneringen (%1 open)</translation>
    </message>
</context>
<context>
    <name>vangnet::CasePlanTab</name>
    <message>
        <location filename="../../ui/cases/CasePlanTab.ui" line="+9"/>
        <source>Plan of action: goals and their actions</source>
        <translation>Plan van aanpak: doelen en hun acties</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mark &amp;done</source>
        <translation>Markeer als &amp;gedaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the goal or action done</source>
        <translation>Het doel of de actie als gedaan markeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark &amp;open again</source>
        <translation>Weer &amp;open zetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the goal or action open again</source>
        <translation>Het doel of de actie weer open zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>Verw&amp;ijderen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the goal or action</source>
        <translation>Het doel of de actie verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Add to the plan of action</source>
        <translation>Toevoegen aan het plan van aanpak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a:</source>
        <translation>Toevoegen &amp;als:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/cases/CasePlanTab.cpp" line="+32"/>
        <location line="+6"/>
        <source>Goal or action</source>
        <translation>Doel of actie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For goal:</source>
        <translation>Bij &amp;doel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The goal the action serves</source>
        <translation>Het doel waar de actie bij hoort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>Om&amp;schrijving:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description of the goal or action</source>
        <translation>Omschrijving van het doel of de actie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Betalingsregeling met de verhuurder</source>
        <translation>bijv. Betalingsregeling met de verhuurder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/cases/CasePlanTab.cpp" line="+4"/>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>By</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has a due date</source>
        <translation>Heeft een uiterste datum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Why the goal or action was not added</source>
        <translation>Waarom het doel of de actie niet is toegevoegd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;to the plan</source>
        <translation>Aan het &amp;plan toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the goal or action to the plan</source>
        <translation>Het doel of de actie aan het plan toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Basic conditions for the discharge</source>
        <translation>Basisvoorwaarden voor de uitstroom</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/CasePlanTab.cpp" line="-11"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caseworker</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owners</source>
        <translation>Uitvoerders</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done %1</source>
        <translation>Gedaan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Added by %2 on %3</source>
        <translation>%1
Toegevoegd door %2 op %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No goal</source>
        <translation>Geen doel</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open punt</numerusform>
            <numerusform>%n open punten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>State of %1</source>
        <translation>Stand van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States</source>
        <translation>Standen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds from</source>
        <translation>%1 geldt vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day this state holds from; the flags and deadlines count it from then</source>
        <translation>De dag vanaf wanneer deze stand geldt; signaleringen en termijnen rekenen er vanaf dan mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the discharge notice</source>
        <translation>Uit de uitstroommelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed %1 last</source>
        <translation>Wie %1 het laatst wijzigde</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Describe the goal or action.</source>
        <translation>Omschrijf het doel of de actie.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Remove &quot;%1&quot; from the plan?</source>
        <translation>&quot;%1&quot; uit het plan verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n action(s) are removed with it.</source>
        <translation>
            <numerusform>De actie die erbij hoort wordt ook verwijderd.</numerusform>
            <numerusform>De %n acties die erbij horen worden ook verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the plan</source>
        <translation>Uit het plan verwijderen</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseSummaryExporter</name>
    <message>
        <location filename="../../src/app/summary/CaseSummaryExporter.cpp" line="+35"/>
        <source>Writing summaries</source>
        <translation>Samenvattingen schrijven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary progress</source>
        <translation>Voortgang van de samenvattingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summaries being written</source>
        <translation>De samenvattingen die worden geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households done</source>
        <translation>Huishoudens klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the summaries</source>
        <translation>De samenvattingen annuleren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save summary</source>
        <translation>Samenvatting opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Print summary</source>
        <translation>Samenvatting afdrukken</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the households to export in the list first (Ctrl or Shift selects several).</source>
        <translation>Selecteer eerst de huishoudens in de lijst (met Ctrl of Shift selecteert u er meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+58"/>
        <source>Export summaries</source>
        <translation>Samenvattingen exporteren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Folder for the summaries</source>
        <translation>Map voor de samenvattingen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Writing %n summary(ies) to %1…</source>
        <translation>
            <numerusform>%n samenvatting schrijven naar %1…</numerusform>
            <numerusform>%n samenvattingen schrijven naar %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The summaries stopped unexpectedly.</source>
        <translation>De samenvattingen zijn onverwacht gestopt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary of household %1 could not be written: %2</source>
        <translation>De samenvatting van huishouden %1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n summary(ies) were written before it; the others were not started.</source>
        <translation>
            <numerusform>Daarvoor is %n samenvatting geschreven; aan de andere is niet begonnen.</numerusform>
            <numerusform>Daarvoor zijn %n samenvattingen geschreven; aan de andere is niet begonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped: %n summary(ies) written.</source>
        <translation>
            <numerusform>Gestopt: %n samenvatting geschreven.</numerusform>
            <numerusform>Gestopt: %n samenvattingen geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n summary(ies) written to %1.</source>
        <translation>
            <numerusform>%n samenvatting geschreven naar %1.</numerusform>
            <numerusform>%n samenvattingen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary was saved as %1.</source>
        <translation>De samenvatting is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseText</name>
    <message>
        <location filename="../../src/app/cases/CaseText.cpp" line="+13"/>
        <source>Case %1 · %2</source>
        <translation>Zaak %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, changed %2 by %3</source>
        <translation>Versie %1, gewijzigd %2 door %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Someone else changed this case after you opened it. What you entered is kept: reload the case to see their change, then save again.</source>
        <translation>%1
Iemand anders heeft deze zaak gewijzigd nadat u hem opende. Wat u invulde blijft staan: laad de zaak opnieuw om de wijziging te zien en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reloaded: the case is now &quot;%1&quot; (%2). Check what you entered and save again.</source>
        <translation>Opnieuw geladen: de zaak is nu &quot;%1&quot; (%2). Controleer wat u invulde en sla opnieuw op.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>registered %1</source>
        <translation>aangemeld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crisis intervention: %1</source>
        <translation>crisisinterventie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first conversation %1</source>
        <translation>eerste gesprek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no first conversation yet</source>
        <translation>nog geen eerste gesprek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume work</source>
        <translation>Weer oppakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start working on it</source>
        <translation>In behandeling nemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for resident</source>
        <translation>Wacht op inwoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case…</source>
        <translation>Zaak afsluiten…</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseWidget</name>
    <message>
        <location filename="../../ui/cases/CaseWidget.ui" line="+6"/>
        <location line="+189"/>
        <location line="+3"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Case title</source>
        <translation>Titel van de zaak</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show &amp;household</source>
        <translation>&amp;Huishouden tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the household</source>
        <translation>Het huishouden tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Samenvatting afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a summary of the household</source>
        <translation>Een samenvatting van het huishouden afdrukken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the case again</source>
        <translation>De zaak opnieuw lezen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start working on it</source>
        <translation>In behandeling nemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the case to in progress</source>
        <translation>De zaak in behandeling nemen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait for resident</source>
        <translation>Wacht op inwoner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the case to waiting for the resident</source>
        <translation>De zaak op wachten op de inwoner zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close case…</source>
        <translation>Zaak afsluiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the case with an outcome</source>
        <translation>De zaak afsluiten met een eindresultaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/app/cases/CaseWidget.cpp" line="+383"/>
        <source>Offer accepted / register re&amp;quest…</source>
        <translation>Aanbod aanvaard / hul&amp;pvraag registreren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the request for debt help: the offer was accepted</source>
        <translation>Registreer de hulpvraag schuldhulpverlening: het aanbod is aanvaard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First conversation…</source>
        <translation>&amp;Eerste gesprek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the first conversation of the request</source>
        <translation>Leg het eerste gesprek van de hulpvraag vast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Decision…</source>
        <translation>&amp;Beschikking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision on the request: date, admitted or refused</source>
        <translation>Leg de beschikking op de hulpvraag vast: datum, toelating of afwijzing</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/app/cases/CaseWidget.cpp" line="+6"/>
        <source>&amp;Take</source>
        <translation>&amp;Oppakken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/cases/CaseWidget.cpp" line="+2"/>
        <source>Take the case: assign it to yourself</source>
        <translation>De zaak oppakken: aan uzelf toewijzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Assign…</source>
        <translation>Toe&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign the case to a caseworker</source>
        <translation>De zaak aan een consulent toewijzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What happened to the last change</source>
        <translation>Wat er met de laatste wijziging gebeurde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation>Gegevens van de zaak</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assigned to:</source>
        <translation>Toegewezen aan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origin:</source>
        <translation>Herkomst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened:</source>
        <translation>Geopend:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken up:</source>
        <translation>Opgepakt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken up</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closed:</source>
        <translation>Afgesloten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of case and its request for help</source>
        <translation>Soort zaak en de hulpvraag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location filename="../../src/app/cases/CaseWidget.cpp" line="-145"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines of the case</source>
        <translation>Termijnen van de zaak</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Linked signals</source>
        <translation>Gekoppelde signalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signals linked to the case</source>
        <translation>Signalen gekoppeld aan de zaak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close signal</source>
        <translation>Signaal &amp;afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the selected signal</source>
        <translation>Het gekozen signaal afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrears of this signal are paid or arranged, or the signal was wrong</source>
        <translation>De achterstand van dit signaal is betaald of geregeld, of het signaal was onterecht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice &amp;state</source>
        <translation>&amp;Uitstroomstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the state of the selected discharge notice</source>
        <translation>De status van de gekozen uitstroommelding wijzigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Link new signals</source>
        <translation>Nieuwe signalen &amp;koppelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the household&apos;s new signals to the case</source>
        <translation>De nieuwe signalen van het huishouden aan de zaak koppelen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records on the case</source>
        <translation>Vastleggingen in de zaak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-sufficiency matrix (ZRM)</source>
        <translation>Zelfredzaamheid-Matrix (ZRM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZRM</source>
        <translation>ZRM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The household&apos;s self-sufficiency matrix scores, newest first.</source>
        <translation>De scores van het huishouden op de Zelfredzaamheid-Matrix, nieuwste eerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the ZRM scores</source>
        <translation>Over de ZRM-scores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score &amp;ZRM…</source>
        <translation>&amp;ZRM scoren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the self-sufficiency matrix (ZRM) in this case</source>
        <translation>De Zelfredzaamheid-Matrix (ZRM) scoren in deze zaak</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case details and records</source>
        <translation>Gegevens en vastleggingen van de zaak</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/CaseWidget.cpp" line="-199"/>
        <location line="+4"/>
        <source>Contact attempts</source>
        <translation>Contactpogingen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Plan of action</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Notes and reminders</source>
        <translation>Notities en herinneringen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZRM history of the household</source>
        <translation>ZRM-geschiedenis van het huishouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Housing need</source>
        <translation>Woonvraag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due and state</source>
        <translation>Uiterlijk en stand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status for the &amp;partner…</source>
        <translation>Status voor de &amp;partner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status for the partner of the selected signal</source>
        <translation>Status voor de partner van het gekozen signaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discharge notice states</source>
        <translation>Statussen van de uitstroommelding</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A colleague has changed this case; saving will be refused — reload.</source>
        <translation>Een collega heeft deze zaak gewijzigd; opslaan zal worden geweigerd — herlaad.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Contact attempts (%1)</source>
        <translation>Contactpogingen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Internal reason (not reported): %1</source>
        <translation>Interne reden (wordt niet gemeld): %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
Started %2, due %3
%4</source>
        <translation>%1
Gestart %2, uiterlijk %3
%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No deadline applies</source>
        <translation>Er loopt geen termijn</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deadlines (%n overdue)</source>
        <translation>
            <numerusform>Termijnen (%n te laat)</numerusform>
            <numerusform>Termijnen (%n te laat)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signal %1</source>
        <translation>Signaal %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · Discharge from %2 · %3</source>
        <translation>%1 · Uitstroom uit %2 · %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked signals (%1)</source>
        <translation>Gekoppelde signalen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link new signals (%1)</source>
        <translation>Nieuwe signalen &amp;koppelen (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The signal is closed; the household&apos;s flags were evaluated again.</source>
        <translation>Het signaal is afgesloten; de signaleringen van het huishouden zijn opnieuw beoordeeld.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The partner hears &quot;%1&quot; about this signal; the household&apos;s flags were evaluated again.</source>
        <translation>De partner hoort &quot;%1&quot; over dit signaal; de signaleringen van het huishouden zijn opnieuw beoordeeld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The discharge notice is now &quot;%1&quot;; the household&apos;s flags were evaluated again.</source>
        <translation>De uitstroommelding is nu &quot;%1&quot;; de signaleringen van het huishouden zijn opnieuw beoordeeld.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;quest…</source>
        <translation>Hul&amp;pvraag…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Give up</source>
        <translation>&amp;Teruggeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up the case: nobody has it then</source>
        <translation>De zaak teruggeven: dan heeft niemand hem</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1
Someone else changed this case after you opened it; it is shown as it is now. Try again if it is still needed.</source>
        <translation>%1
Iemand anders heeft deze zaak gewijzigd nadat u hem opende; hij wordt nu getoond zoals hij is. Probeer het opnieuw als het nog nodig is.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The case is now &quot;%1&quot;.</source>
        <translation>De zaak is nu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The case is closed: %1.</source>
        <translation>De zaak is afgesloten: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Who works on %1?</source>
        <translation>Wie werkt aan %1?</translation>
    </message>
</context>
<context>
    <name>vangnet::CaseWindows</name>
    <message>
        <location filename="../../src/app/cases/CaseWindows.cpp" line="+108"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no open case. Open a new case for this household?</source>
        <translation>%1 heeft geen open zaak. Een nieuwe zaak openen voor dit huishouden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case not opened</source>
        <translation>Zaak niet geopend</translation>
    </message>
</context>
<context>
    <name>vangnet::ChangedElsewhereBanner</name>
    <message>
        <location filename="../../src/app/ChangedElsewhereBanner.cpp" line="+13"/>
        <location line="+4"/>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Herladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload, discarding what was typed</source>
        <translation>Herladen; wat u invulde vervalt</translation>
    </message>
</context>
<context>
    <name>vangnet::ClockService</name>
    <message>
        <location filename="../../src/core/clocks/ClockService.cpp" line="+158"/>
        <source>Give the date of the day off.</source>
        <translation>Geef de datum van de vrije dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Saturday or Sunday: working-day deadlines skip it already.</source>
        <translation>%1 is een zaterdag of zondag: termijnen in werkdagen slaan die al over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a public holiday already.</source>
        <translation>%1 is al een feestdag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which day it is, e.g. the decree that adds it.</source>
        <translation>Zeg welke dag het is, bijvoorbeeld het besluit dat hem toevoegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name to 200 characters.</source>
        <translation>Houd de naam op 200 tekens of minder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already a day off (%2).</source>
        <translation>%1 is al een vrije dag (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an added day off.</source>
        <translation>%1 is geen toegevoegde vrije dag.</translation>
    </message>
</context>
<context>
    <name>vangnet::ClocksPage</name>
    <message>
        <location filename="../../ui/clocks/ClocksPage.ui" line="+9"/>
        <source>About deadlines</source>
        <translation>Over termijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines are municipal policy. The values shipped with Vangnet are an example: 3 working days for a threatening eviction or disconnection, 4 weeks to a first conversation and 8 weeks to a decision (Wgs). Working days are Monday to Friday except the public holidays of the Algemene termijnenwet, listed below. Changes apply to every case at once.</source>
        <translation>Termijnen zijn gemeentelijk beleid. De waarden die met Vangnet meekomen zijn een voorbeeld: 3 werkdagen bij een dreigende huisuitzetting of afsluiting, 4 weken tot een eerste gesprek en 8 weken tot een besluit (Wgs). Werkdagen zijn maandag tot en met vrijdag, behalve de algemeen erkende feestdagen van de Algemene termijnenwet (hieronder). Een wijziging geldt meteen voor alle casussen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location filename="../../src/app/clocks/ClocksPage.cpp" line="+79"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days per deadline</source>
        <translation>Dagen per termijn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start of the contact offer</source>
        <translation>Start van het contactaanbod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact &amp;offer runs from:</source>
        <translation>Het contact&amp;aanbod loopt vanaf:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the contact offer starts</source>
        <translation>Vanaf wanneer het contactaanbod loopt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Example values</source>
        <translation>&amp;Voorbeeldwaarden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the example policy values in the form</source>
        <translation>De waarden van het voorbeeldbeleid in het formulier zetten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the stored deadlines again</source>
        <translation>De opgeslagen termijnen weer tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save deadlines</source>
        <translation>Termijnen op&amp;slaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the deadlines</source>
        <translation>De termijnen opslaan</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Deadline settings status</source>
        <translation>Status van de termijninstellingen</translation>
    </message>
    <message>
        <location filename="../../src/app/clocks/ClocksPage.cpp" line="+5"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days for %1</source>
        <translation>Dagen voor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days for %1</source>
        <translation>Werkdagen voor %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>example policy</source>
        <translation>voorbeeldbeleid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The example values are in the form; save to use them.</source>
        <translation>De voorbeeldwaarden staan in het formulier; sla ze op om ze te gebruiken.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No deadline was changed.</source>
        <translation>Er is geen termijn gewijzigd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save deadlines</source>
        <translation>Termijnen opslaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 deadline saved.</source>
        <translation>1 termijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 deadlines saved.</source>
        <translation>%1 termijnen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/clocks/ClocksPage.ui" line="-105"/>
        <location line="+3"/>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year of the public holidays</source>
        <translation>Jaar van de feestdagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About public holidays</source>
        <translation>Over feestdagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working-day deadlines skip these days. Add the days the government adds by decree (such as a Friday after Ascension Day) with Add day off.</source>
        <translation>Termijnen in werkdagen slaan deze dagen over. Voeg dagen die de regering bij besluit gelijkstelt (zoals een vrijdag na Hemelvaartsdag) toe met Vrije dag toevoegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public holidays of the year</source>
        <translation>Feestdagen van het jaar</translation>
    </message>
    <message>
        <location filename="../../src/app/clocks/ClocksPage.cpp" line="-120"/>
        <source>Count %1 in working days (Monday to Friday, not on public holidays)</source>
        <translation>%1 in werkdagen tellen (maandag tot en met vrijdag, geen feestdagen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public holiday or day off</source>
        <translation>Feestdag of vrije dag</translation>
    </message>
    <message>
        <location filename="../../ui/clocks/ClocksPage.ui" line="+15"/>
        <source>&amp;Add day off…</source>
        <translation>Vrije dag &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a day off by decree</source>
        <translation>Een vrije dag bij besluit toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move day off</source>
        <translation>Vrije dag &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected day off</source>
        <translation>De gekozen vrije dag verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/clocks/ClocksPage.cpp" line="+149"/>
        <source>%1 (day off by decree, added by %2)</source>
        <translation>%1 (vrije dag bij besluit, toegevoegd door %2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is a day off now: working-day deadlines skip it.</source>
        <translation>%1 is nu een vrije dag: termijnen in werkdagen slaan hem over.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Remove day off</source>
        <translation>Vrije dag verwijderen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove the day off of %1? Working-day deadlines count it as a working day again.</source>
        <translation>De vrije dag van %1 verwijderen? Termijnen in werkdagen tellen hem dan weer als werkdag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a working day again.</source>
        <translation>%1 is weer een werkdag.</translation>
    </message>
</context>
<context>
    <name>vangnet::CloseCaseDialog</name>
    <message>
        <location filename="../../ui/cases/CloseCaseDialog.ui" line="+6"/>
        <source>Close case</source>
        <translation>Zaak afsluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which case is closed</source>
        <translation>Welke zaak wordt afgesloten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Outcome (eindresultaat):</source>
        <translation>&amp;Eindresultaat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome of the case (eindresultaat)</source>
        <translation>Eindresultaat van de zaak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome</source>
        <translation>Kies het eindresultaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Closing date:</source>
        <translation>&amp;Datum van afsluiten:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing date</source>
        <translation>Datum van afsluiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the signal partner hears</source>
        <translation>Wat de signaalpartner te horen krijgt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Internal reason (not reported)</source>
        <translation>Interne reden (wordt niet gemeld)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the internal reason</source>
        <translation>Over de interne reden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for your team: this reason is never reported to a signal partner, to CBS or in a partner summary.</source>
        <translation>Alleen voor uw team: deze reden wordt nooit gemeld aan een signaalpartner, aan het CBS of in een samenvatting voor een partner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal reason (never reported)</source>
        <translation>Interne reden (wordt nooit gemeld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the signal was not taken up (internal)</source>
        <translation>Waarom het signaal niet is opgepakt (intern)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the case was not closed</source>
        <translation>Waarom de zaak niet is afgesloten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reload the case</source>
        <translation>Zaak &amp;opnieuw laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the case, keeping what you entered</source>
        <translation>De zaak opnieuw laden; wat u invulde blijft staan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close the case or cancel</source>
        <translation>De zaak afsluiten of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/CloseCaseDialog.cpp" line="+24"/>
        <source>Choose the outcome (eindresultaat) of %1, as it will be reported in the statistics.</source>
        <translation>Kies het eindresultaat van %1, zoals het in de statistiek wordt gemeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcomes</source>
        <translation>Eindresultaten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings about this closing</source>
        <translation>Waarschuwingen bij deze afsluiting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close case</source>
        <translation>Zaak &amp;afsluiten</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Outcomes that start with &quot;Niet opgepakt&quot; are what the signal partner hears back about their signal.</source>
        <translation>Eindresultaten die beginnen met &quot;Niet opgepakt&quot; krijgt de signaalpartner terug over zijn signaal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signal partner hears back exactly this: &quot;%1&quot;. Nothing of the internal reason below is passed on.</source>
        <translation>De signaalpartner krijgt precies dit terug: &quot;%1&quot;. Niets van de interne reden hieronder wordt doorgegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported in the statistics for CBS; the signal partner hears that the signal was taken up.</source>
        <translation>Wordt gemeld in de statistiek voor het CBS; de signaalpartner hoort dat het signaal is opgepakt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The case cannot be closed now: it is &quot;%1&quot; (%2).</source>
        <translation>De zaak kan nu niet worden afgesloten: hij is &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an outcome: a case is only closed with its eindresultaat.</source>
        <translation>Kies een eindresultaat: een zaak wordt alleen met een eindresultaat afgesloten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the case?</source>
        <translation>Zaak afsluiten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Close the case with &quot;%2&quot; all the same?</source>
        <translation>%1

De zaak toch afsluiten met &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>vangnet::ColumnMappingTable</name>
    <message>
        <location filename="../../src/app/importing/ColumnMappingTable.cpp" line="+14"/>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signal id</source>
        <translation>Kenmerk van het signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal partner (kind of creditor)</source>
        <translation>Signaalpartner (soort schuldeiser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the signal partner</source>
        <translation>Naam signaalpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the arrears arose</source>
        <translation>Ontstaansdatum achterstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in arrears</source>
        <translation>Bedrag achterstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis signal</source>
        <translation>Crisissignaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number suffix</source>
        <translation>Huisnummertoevoeging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice id</source>
        <translation>Kenmerk van de melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution type</source>
        <translation>Soort instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution name</source>
        <translation>Naam instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected discharge date</source>
        <translation>Verwachte uitstroomdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Onderdak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN, or postcode and house number</source>
        <translation>BSN, of postcode en huisnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column in the file for %1</source>
        <translation>Kolom in het bestand voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose a column)</source>
        <translation>(kies een kolom)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not in file)</source>
        <translation>(niet aanwezig)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the column that holds the required field “%1”.</source>
        <translation>Kies de kolom waarin het verplichte gegeven “%1” staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column for the BSN, or for both the postcode and the house number: without them no row can be matched to a household.</source>
        <translation>Kies de kolom voor het BSN, of voor zowel de postcode als het huisnummer: zonder die gegevens kan geen enkele rij aan een huishouden worden gekoppeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column “%1” is chosen for more than one field (%2); a column can feed only one field.</source>
        <translation>De kolom “%1” is gekozen voor meer dan één gegeven (%2); een kolom kan maar één gegeven vullen.</translation>
    </message>
</context>
<context>
    <name>vangnet::ConnectionDialog</name>
    <message>
        <location filename="../../ui/connection/ConnectionDialog.ui" line="+14"/>
        <source>Connect to a database</source>
        <translation>Verbinden met een database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a database</source>
        <translation>Kies een database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the database to work with.</source>
        <translation>Kies de database waarmee u wilt werken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved connections</source>
        <translation>Opgeslagen verbindingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a connection</source>
        <translation>Verbinding toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the connection</source>
        <translation>Verbinding bewerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password of the shared account</source>
        <translation>Wachtwoord van het gedeelde account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the keychain</source>
        <translation>Over de sleutelbos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved connections left out</source>
        <translation>Overgeslagen opgeslagen verbindingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection error</source>
        <translation>Verbindingsfout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting</source>
        <translation>Bezig met verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect or cancel</source>
        <translation>Verbinden of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/connection/ConnectionDialog.cpp" line="+30"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Pass&amp;word for %1:</source>
        <translation>&amp;Wachtwoord voor %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no keychain on this computer, so the password cannot be remembered: type it each time.</source>
        <translation>Deze computer heeft geen sleutelbos, dus het wachtwoord kan niet worden onthouden: typ het elke keer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the password saved in the keychain</source>
        <translation>Leeg: het wachtwoord uit de sleutelbos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You log in with your own name and password after connecting.</source>
        <translation>Na het verbinden logt u in met uw eigen naam en wachtwoord.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The connection is saved, but the keychain did not take the password: %1</source>
        <translation>De verbinding is opgeslagen, maar de sleutelbos nam het wachtwoord niet aan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the saved connection &quot;%1&quot;? The database itself is not touched.</source>
        <translation>De opgeslagen verbinding &quot;%1&quot; verwijderen? De database zelf blijft onaangeroerd.</translation>
    </message>
</context>
<context>
    <name>vangnet::ContactAttemptDialog</name>
    <message>
        <location filename="../../ui/cases/ContactAttemptDialog.ui" line="+6"/>
        <location line="+16"/>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Which case the attempt is for</source>
        <translation>Voor welke zaak de contactpoging is</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why the attempt was not saved</source>
        <translation>Waarom de contactpoging niet is opgeslagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/ContactAttemptDialog.cpp" line="+21"/>
        <source>&amp;Save attempt</source>
        <translation>Contactpoging &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>vangnet::ContactAttemptForm</name>
    <message>
        <location filename="../../ui/cases/ContactAttemptForm.ui" line="+6"/>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind of contact:</source>
        <translation>&amp;Soort contact:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of contact (contactsoort)</source>
        <translation>Soort contact (contactsoort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind of contact</source>
        <translation>Kies de soort contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reached the resident</source>
        <translation>Inwoner be&amp;reikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached the resident (bereikt)</source>
        <translation>Inwoner bereikt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the contact attempt</source>
        <translation>Datum van de contactpoging</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Part of day:</source>
        <translation>Dagd&amp;eel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part of the day (dagdeel)</source>
        <translation>Dagdeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note on the contact attempt</source>
        <translation>Notitie bij de contactpoging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was tried or agreed (optional)</source>
        <translation>Wat is geprobeerd of afgesproken (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/ContactAttemptForm.cpp" line="+17"/>
        <source>Kinds of contact</source>
        <translation>Soorten contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the day</source>
        <translation>Dagdelen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the kind of contact: letter, phone call, home visit, …</source>
        <translation>Kies de soort contact: brief, telefoon, huisbezoek, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact attempt cannot be dated in the future: the latest date is %1.</source>
        <translation>Een contactpoging kan niet in de toekomst liggen: de laatste mogelijke datum is %1.</translation>
    </message>
</context>
<context>
    <name>vangnet::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.ui" line="+11"/>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of the dashboard</source>
        <translation>Week van het overzicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team of the dashboard</source>
        <translation>Team van het overzicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computing the dashboard</source>
        <translation>Weekoverzicht wordt berekend</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop computing</source>
        <translation>Berekenen stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compute the dashboard again</source>
        <translation>Weekoverzicht opnieuw berekenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/app/dashboard/DashboardPage.cpp" line="+419"/>
        <source>Export the dashboard as PDF</source>
        <translation>Weekoverzicht exporteren als PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dashboard status</source>
        <translation>Status van het weekoverzicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/app/dashboard/DashboardPage.cpp" line="-370"/>
        <source>Figures of the week</source>
        <translation>Cijfers van de week</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location filename="../../src/app/dashboard/DashboardPage.cpp" line="+1"/>
        <source>Households behind the figure</source>
        <translation>Huishoudens achter het cijfer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number of households listed</source>
        <translation>Aantal getoonde regels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the selected household</source>
        <translation>Het gekozen huishouden openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open household</source>
        <translation>Huishouden openen</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/DashboardFigures.cpp" line="+167"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households flagged</source>
        <translation>Gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contacts</source>
        <translation>Eerste contacten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Trend over 12 weeks: signals, households flagged and first contacts</source>
        <translation>Verloop over 12 weken: signalen, gesignaleerde huishoudens en eerste contacten</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/DashboardPage.cpp" line="-5"/>
        <source>Weekly dashboard</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a number or a bar to list the households behind it.</source>
        <translation>Klik op een getal of een balk om de huishoudens erachter te zien.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 t/m %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (running)</source>
        <translation>%1 (loopt nog)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Computing %1…</source>
        <translation>%1 wordt berekend…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This week has not ended: states are taken on %1.</source>
        <translation>Deze week is nog niet voorbij: standen zijn van %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dashboard could not be computed: %1</source>
        <translation>Het weekoverzicht kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>New signals</source>
        <translation>Nieuwe signalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New signals by partner</source>
        <translation>Nieuwe signalen per partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals dated in the week</source>
        <translation>Signalen met een datum in de week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households newly flagged</source>
        <translation>Nieuw gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households newly flagged, by severity</source>
        <translation>Nieuw gesignaleerde huishoudens, per ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households flagged in the week</source>
        <translation>Huishoudens gesignaleerd in de week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households newly flagged, by rule</source>
        <translation>Nieuw gesignaleerde huishoudens, per regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By rule (a household can count under several)</source>
        <translation>Per regel (een huishouden kan onder meer regels tellen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload on %1</source>
        <translation>Caseload op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and overdue cases</source>
        <translation>Open en te late zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>Te late zaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Time from signal to contact</source>
        <translation>Tijd van signaal tot contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: median</source>
        <translation>%1: mediaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   within the norm (%1)</source>
        <translation>   binnen de norm (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: within the norm</source>
        <translation>%1: binnen de norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   outside the norm</source>
        <translation>   buiten de norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: outside the norm</source>
        <translation>%1: buiten de norm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases closed</source>
        <translation>Afgesloten zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases closed, by outcome</source>
        <translation>Afgesloten zaken, per resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases closed in the week</source>
        <translation>Zaken afgesloten in de week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharges ahead, basic conditions not arranged</source>
        <translation>Komende uitstroom, basisvoorwaarden niet geregeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharges ahead</source>
        <translation>Komende uitstroom</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households placed in the week</source>
        <translation>Huishoudens geplaatst in de week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers declined in the week</source>
        <translation>Aanbiedingen afgewezen in de week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households of the team in a place</source>
        <translation>Huishoudens van het team in een woonplek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places occupied (whole municipality)</source>
        <translation>Bezette plekken (hele gemeente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did the help last?</source>
        <translation>Beklijft de hulp?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New signal after the case closed</source>
        <translation>Nieuw signaal na afsluiten van de zaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed %1 to %2 (%3 months before)</source>
        <translation>Afgesloten %1 t/m %2 (%3 maanden eerder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   with a new signal since</source>
        <translation>   met een nieuw signaal sindsdien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: new signal since</source>
        <translation>%1: nieuw signaal sindsdien</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Trend over %n weeks</source>
        <translation>
            <numerusform>Verloop over %n week</numerusform>
            <numerusform>Verloop over %n weken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trend per week</source>
        <translation>Verloop per week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: signals</source>
        <translation>%1: signalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals, %1</source>
        <translation>Signalen, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: households flagged</source>
        <translation>%1: gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households flagged, %1</source>
        <translation>Gesignaleerde huishoudens, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: first contacts</source>
        <translation>%1: eerste contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contacts, %1</source>
        <translation>Eerste contacten, %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2: listing…</source>
        <translation>%1 — %2: ophalen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The households could not be listed: %1</source>
        <translation>De huishoudens konden niet worden opgehaald: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dashboard of %1 is written to %2.</source>
        <translation>Het weekoverzicht van %1 is geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::Database</name>
    <message>
        <location filename="../../src/core/storage/Database.cpp" line="+219"/>
        <source>Database file &apos;%1&apos; does not exist</source>
        <translation>Databasebestand &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open database &apos;%1&apos;: %2</source>
        <translation>Kan database &apos;%1&apos; niet openen: %2</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>&apos;%1&apos; is een map, geen databasebestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a Vangnet database: it is not an SQLite database file. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen Vangnet-database: het is geen SQLite-databasebestand. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not a Vangnet database: it holds other tables. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen Vangnet-database: er staan andere tabellen in. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; was written by a newer version of Vangnet (schema version %2; this version knows up to %3). Update Vangnet to open it. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geschreven door een nieuwere versie van Vangnet (schemaversie %2; deze versie kent tot en met %3). Werk Vangnet bij om de database te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; cannot be opened: %2</source>
        <translation>&apos;%1&apos; kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The server %1 does not answer yet: %2</source>
        <translation>De server %1 antwoordt nog niet: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database on %1 changed while Vangnet was away from it (schema version %2, this window worked with %3). Close Vangnet and start it again: it then says which version the server needs.</source>
        <translation>De database op %1 is veranderd terwijl Vangnet er niet mee verbonden was (schemaversie %2, dit venster werkte met %3). Sluit Vangnet en start het opnieuw: het zegt dan welke versie de server nodig heeft.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The team server &apos;%1&apos; has schema version %2 and this version of Vangnet needs %3. Ask the administrator to run `vangnet-cli server init` with this version. Nothing was changed.</source>
        <translation>De teamserver &apos;%1&apos; heeft schemaversie %2 en deze versie van Vangnet heeft %3 nodig. Vraag de beheerder `vangnet-cli server init` met deze versie uit te voeren. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/core/storage/SqlStatement.cpp" line="+28"/>
        <source>Database error: %1</source>
        <translation>Databasefout: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the database server is lost: this did not go through and nothing of it was stored. What you entered stays here: try again once Vangnet says the connection is back.</source>
        <translation>De verbinding met de databaseserver is verbroken: dit is niet doorgegaan en er is niets van opgeslagen. Wat u hebt ingevoerd blijft staan: probeer het opnieuw zodra Vangnet meldt dat de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>vangnet::DatabaseLocation</name>
    <message>
        <location filename="../../src/core/storage/DatabaseLocation.cpp" line="+48"/>
        <source>The database server %1 is not on this computer, so the URL must ask for sslmode=verify-full: the connection encrypted and the server&apos;s certificate and name checked. Add ?sslmode=verify-full (the server&apos;s CA certificate in ~/.postgresql/root.crt or sslrootcert=FILE), or %2=1 to connect without that check on a network you trust.</source>
        <translation>De databaseserver %1 staat niet op deze computer, dus de URL moet sslmode=verify-full vragen: de verbinding versleuteld en het certificaat en de naam van de server gecontroleerd. Voeg ?sslmode=verify-full toe (het CA-certificaat van de server in ~/.postgresql/root.crt of sslrootcert=BESTAND), of %2=1 om zonder die controle te verbinden op een netwerk dat u vertrouwt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No database given</source>
        <translation>Geen database opgegeven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database URL is not valid; expected postgresql://user@host:port/database</source>
        <translation>De database-URL is ongeldig; verwacht wordt postgresql://gebruiker@server:poort/database</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database URL in the settings holds a password, and the settings file is plain text. Remove the password from the URL (%1) and put it in ~/.pgpass or the file PGPASSFILE names.</source>
        <translation>De database-URL in de instellingen bevat een wachtwoord, en het instellingenbestand is gewone tekst. Haal het wachtwoord uit de URL (%1) en zet het in ~/.pgpass of in het bestand dat PGPASSFILE noemt.</translation>
    </message>
</context>
<context>
    <name>vangnet::DatabaseStartup</name>
    <message>
        <location filename="../../src/app/DatabaseStartup.cpp" line="+48"/>
        <source>Creating a demo municipality with %1 households…</source>
        <translation>Demogemeente met %1 huishoudens wordt aangemaakt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vangnet</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the demo database</source>
        <translation>Demodatabase aanmaken</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Creating the demo database was cancelled.</source>
        <translation>Het aanmaken van de demodatabase is geannuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo database could not be saved as %1.</source>
        <translation>De demodatabase kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Playing the demo team&apos;s past year…</source>
        <translation>Het afgelopen jaar van het demoteam naspelen…</translation>
    </message>
</context>
<context>
    <name>vangnet::DayOffDialog</name>
    <message>
        <location filename="../../ui/clocks/DayOffDialog.ui" line="+6"/>
        <source>Add a day off</source>
        <translation>Vrije dag toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About days off</source>
        <translation>Over vrije dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day the government adds to the public holidays by decree (Algemene termijnenwet, article 3, third paragraph). Deadlines counted in working days skip it from now on, for every case.</source>
        <translation>Een dag die de regering bij besluit gelijkstelt met de feestdagen (Algemene termijnenwet, artikel 3, derde lid). Termijnen in werkdagen slaan hem vanaf nu over, voor alle casussen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the day off</source>
        <translation>Datum van de vrije dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the day off, such as the decree that adds it</source>
        <translation>Naam van de vrije dag, zoals het besluit dat hem toevoegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Friday after Ascension Day (decree of 2027)</source>
        <translation>bijv. vrijdag na Hemelvaartsdag (besluit van 2027)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the day off was not added</source>
        <translation>Waarom de vrije dag niet is toegevoegd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add or cancel</source>
        <translation>Toevoegen of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/clocks/DayOffDialog.cpp" line="+20"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>vangnet::DdasDeliveries</name>
    <message>
        <location filename="../../src/core/ddas/DdasDeliveries.cpp" line="+50"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/ddas/DdasDeliveryRepository.cpp" line="+80"/>
        <source>There is no kept DDAS delivery %1.</source>
        <translation>Er is geen bewaarde DDAS-levering %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kept copy of DDAS delivery %1 does not match its SHA-256 any more.</source>
        <translation>De bewaarde kopie van DDAS-levering %1 klopt niet meer met de SHA-256.</translation>
    </message>
</context>
<context>
    <name>vangnet::DdasExport</name>
    <message>
        <location filename="../../src/core/ddas/DdasExport.cpp" line="+41"/>
        <source>(no wijk)</source>
        <translation>(geen wijk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signals of the period are at addresses whose wijk has no municipality code, so they cannot be delivered to the right municipality: %1. Give these wijken a gemeentecode first.</source>
        <translation>Signalen van de periode staan op adressen waarvan de wijk geen gemeentecode heeft, dus ze kunnen niet aan de juiste gemeente worden geleverd: %1. Geef deze wijken eerst een gemeentecode.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>On a team server the DDAS delivery can read only your own team&apos;s households, and this municipality has %1 teams: the delivery would be incomplete, so none was written. Make it from a copy of the database opened as one file, or see docs/team-mode.md.</source>
        <translation>Op een teamserver kan de DDAS-levering alleen de huishoudens van uw eigen team lezen, en deze gemeente heeft %1 teams: de levering zou onvolledig zijn, dus er is niets geschreven. Maak hem vanuit een kopie van de database die als één bestand wordt geopend, of zie docs/team-mode.md.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No wijk belongs to the municipality code %1, so there is nothing to deliver for it. Check the code, or give its wijken this gemeentecode first.</source>
        <translation>Geen wijk hoort bij gemeentecode %1, dus er is niets voor te leveren. Controleer de code, of geef de wijken eerst deze gemeentecode.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your team has no households in municipality %1, so you may not deliver for it.</source>
        <translation>Uw team heeft geen huishoudens in gemeente %1, dus u mag daarvoor niet leveren.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The delivery does not fit the DDAS model; nothing was written:
%1</source>
        <translation>De levering past niet in het DDAS-model; er is niets geschreven:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::DdasExportDialog</name>
    <message>
        <location filename="../../ui/ddas/DdasExportDialog.ui" line="+14"/>
        <location line="+3"/>
        <source>Export DDAS delivery</source>
        <translation>DDAS-levering exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this export</source>
        <translation>Over deze export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DDAS delivery for CBS statistics: every early signal of your team&apos;s households dated in the period, and every case active in the period that started from signals. Cases without signals are not part of DDAS. The export is recorded in the audit log.</source>
        <translation>De DDAS-levering voor de statistiek van het CBS: elk vroegsignaal van de huishoudens van uw team met een signaaldatum in de periode, en elke zaak die in de periode liep en uit signalen is ontstaan. Zaken zonder signalen horen niet bij DDAS. De export wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Municipality code:</source>
        <translation>&amp;Gemeentecode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Municipality code</source>
        <translation>Gemeentecode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Four digits, e.g. 0518; several separated by commas</source>
        <translation>Vier cijfers, bijv. 0518; meerdere gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivering organisation</source>
        <translation>Aanleverende organisatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as:</source>
        <translation>Op&amp;slaan als:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File to save the delivery as</source>
        <translation>Bestand waarin de levering wordt opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome of the export</source>
        <translation>Uitkomst van de export</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deliveries &amp;kept:</source>
        <translation>&amp;Bewaarde leveringen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deliveries kept</source>
        <translation>Bewaarde leveringen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save a copy of the chosen delivery</source>
        <translation>Een kopie van de gekozen levering opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dialog buttons</source>
        <translation>Knoppen van het venster</translation>
    </message>
    <message>
        <location filename="../../src/app/ddas/DdasExportDialog.cpp" line="+50"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save DDAS delivery</source>
        <translation>DDAS-levering opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The export stopped unexpectedly.</source>
        <translation>De export is onverwacht gestopt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is afgebroken; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery was written to %1.</source>
        <translation>De levering is geschreven naar %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals: %1. Cases: %2.</source>
        <translation>Signalen: %1. Zaken: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) without signals (discharge notice or opened by hand) are not part of DDAS and were left out.</source>
        <translation>
            <numerusform>%n zaak zonder signalen (uitstroommelding of met de hand geopend) hoort niet bij DDAS en is weggelaten.</numerusform>
            <numerusform>%n zaken zonder signalen (uitstroommelding of met de hand geopend) horen niet bij DDAS en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a copy of DDAS delivery %1</source>
        <translation>Kopie van DDAS-levering %1 opslaan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery %1 was written to %2 as it was delivered (SHA-256 %3).</source>
        <translation>Levering %1 is naar %2 geschreven zoals hij is geleverd (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>vangnet::DdasRequest</name>
    <message>
        <location filename="../../src/core/ddas/DdasRequest.cpp" line="+34"/>
        <source>%1 needs a name.</source>
        <translation>%1 heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>%1: &apos;%2&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A contact person is given as &quot;name;telephone;e-mail;job title&quot;; &apos;%1&apos; has more than four parts.</source>
        <translation>Een contactpersoon wordt gegeven als &quot;naam;telefoon;e-mail;functie&quot;; &apos;%1&apos; heeft meer dan vier delen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contact person &apos;%1&apos;</source>
        <translation>De contactpersoon &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the first day of the period as YYYY-MM-DD.</source>
        <translation>Vul de eerste dag van de periode in als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the last day of the period as YYYY-MM-DD.</source>
        <translation>Vul de laatste dag van de periode in als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voordat hij begint (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the municipality code (gemeentecode).</source>
        <translation>Vul de gemeentecode in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The municipality code (gemeentecode) is four digits, for example 0518; &apos;%1&apos; is not.</source>
        <translation>De gemeentecode bestaat uit vier cijfers, bijvoorbeeld 0518; &apos;%1&apos; niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The municipality code %1 is given twice.</source>
        <translation>De gemeentecode %1 is twee keer opgegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the code of the data supplier.</source>
        <translation>Vul de code van de gegevensleverancier in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A KvK number is eight digits; &apos;%1&apos; is not.</source>
        <translation>Een KvK-nummer bestaat uit acht cijfers; &apos;%1&apos; niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person %1</source>
        <translation>Contactpersoon %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is given twice.</source>
        <translation>%1 is twee keer opgegeven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write the delivery to.</source>
        <translation>Kies het bestand waarin de levering wordt geschreven.</translation>
    </message>
</context>
<context>
    <name>vangnet::DdasValidator</name>
    <message>
        <location filename="../../src/core/ddas/DdasValidator.cpp" line="+72"/>
        <source>the field %1 is not part of the DDAS model.</source>
        <translation>het veld %1 hoort niet bij het DDAS-model.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the required field %1 is missing.</source>
        <translation>het verplichte veld %1 ontbreekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a date as YYYY-MM-DD.</source>
        <translation>%1 is geen datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not text.</source>
        <translation>%1 is geen tekst.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is not one of the values of the DDAS model.</source>
        <translation>%1 is geen van de waarden van het DDAS-model.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is %2 characters long; the DDAS model allows at most %3.</source>
        <translation>%1 is %2 tekens lang; het DDAS-model staat er hoogstens %3 toe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 characters) is not in the form the DDAS model asks.</source>
        <translation>%1 (%2 tekens) heeft niet de vorm die het DDAS-model vraagt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not true or false.</source>
        <translation>%1 is niet waar of onwaar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bedrag is not a whole number of euros.</source>
        <translation>bedrag is geen geheel aantal euro&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signaalpartner.type is not one of the values of the DDAS model.</source>
        <translation>signaalpartner.type is geen van de waarden van het DDAS-model.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a case needs at least one signal.</source>
        <translation>een zaak heeft minstens één signaal nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signal %1 is not in its levering.</source>
        <translation>het signaal %1 staat niet in de levering van de zaak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signal %1 is listed twice.</source>
        <translation>het signaal %1 staat er twee keer in.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>contactpersoonen is there but empty.</source>
        <translation>contactpersoonen staat erin maar is leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signal %1</source>
        <translation>Signaal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID is empty or not unique in its levering.</source>
        <translation>de ID is leeg of niet uniek in de levering.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, case %2</source>
        <translation>%1, zaak %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signal VN-%1: Huisnummertoevoeging is %2 characters long; the DDAS model allows at most %3, so it was left out.</source>
        <translation>Signaal VN-%1: Huisnummertoevoeging is %2 tekens lang; het DDAS-model staat er hoogstens %3 toe, dus die is weggelaten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aanleverdatumEnTijd is not a date and time as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>aanleverdatumEnTijd is geen datum en tijd als JJJJ-MM-DDTUU:MM:SSZ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leveringen is there but empty.</source>
        <translation>leveringen staat erin maar is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levering %1 (gemeentecode %2)</source>
        <translation>Levering %1 (gemeentecode %2)</translation>
    </message>
</context>
<context>
    <name>vangnet::DeadlineText</name>
    <message>
        <location filename="../../src/app/cases/DeadlineText.cpp" line="+22"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Met on %1</source>
        <translation>Gehaald op %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Verloopt vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Verloopt over %n dag</numerusform>
            <numerusform>Verloopt over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::DemoGenerator</name>
    <message>
        <location filename="../../src/core/demo/DemoGenerator.cpp" line="+87"/>
        <source>The number of households must be between 1 and %1.</source>
        <translation>Het aantal huishoudens moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be between 1 and %1</source>
        <translation>Moet tussen 1 en %1 liggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo needs a valid reference date.</source>
        <translation>De demo heeft een geldige peildatum nodig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; already holds %2 households; demo data only goes into an empty database.</source>
        <translation>&apos;%1&apos; bevat al %2 huishoudens; demogegevens gaan alleen in een lege database.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The demo municipality has no room for %1 households.</source>
        <translation>De demogemeente heeft geen plaats voor %1 huishoudens.</translation>
    </message>
</context>
<context>
    <name>vangnet::DischargeEntryDialog</name>
    <message>
        <location filename="../../ui/signals/DischargeEntryDialog.ui" line="+14"/>
        <source>Add discharge notice</source>
        <translation>Uitstroommelding toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member who is leaving the institution</source>
        <translation>Lid dat uit de instelling komt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Institution type:</source>
        <translation>Soort &amp;instelling:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Institution type</source>
        <translation>Soort instelling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Institution &amp;name:</source>
        <translation>&amp;Naam instelling:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Institution name</source>
        <translation>Naam instelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. PI Vangstad</source>
        <translation>bijv. PI Vangstad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Expected discharge:</source>
        <translation>&amp;Verwachte uitstroom:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected discharge date</source>
        <translation>Verwachte uitstroomdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel the notice came through</source>
        <translation>Kanaal waarlangs de melding binnenkwam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;D document:</source>
        <translation>I&amp;D-bewijs:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ID document</source>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;helter:</source>
        <translation>&amp;Onderdak:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shelter</source>
        <translation>Onderdak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In&amp;come:</source>
        <translation>In&amp;komen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Debts:</source>
        <translation>&amp;Schulden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca&amp;re:</source>
        <translation>&amp;Zorg:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is wrong with the entry</source>
        <translation>Wat er mis is met de invoer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/signals/DischargeEntryDialog.cpp" line="+30"/>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the expected discharge date as DD-MM-YYYY.</source>
        <translation>Schrijf de verwachte uitstroomdatum als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>vangnet::DischargeRepository</name>
    <message>
        <location filename="../../src/core/signals/DischargeRepository.cpp" line="+173"/>
        <source>Discharge notice %1 does not exist.</source>
        <translation>Uitstroommelding %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>vangnet::DismissFlagDialog</name>
    <message>
        <location filename="../../ui/households/DismissFlagDialog.ui" line="+6"/>
        <source>Dismiss flag</source>
        <translation>Signalering afwijzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which flag is dismissed</source>
        <translation>Welke signalering wordt afgewezen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/households/DismissFlagDialog.cpp" line="+23"/>
        <source>Reason for dismissing the flag</source>
        <translation>Reden om de signalering af te wijzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the flag cannot be dismissed</source>
        <translation>Waarom de signalering niet kan worden afgewezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss or cancel</source>
        <translation>Afwijzen of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/households/DismissFlagDialog.cpp" line="-8"/>
        <source>Dismiss the flag &quot;%1&quot;? It stays dismissed while the same evidence holds; new evidence raises it again. Your name and the reason are recorded.</source>
        <translation>De signalering &quot;%1&quot; afwijzen? Zij blijft afgewezen zolang dezelfde gegevens gelden; nieuwe gegevens geven opnieuw een signalering. Uw naam en de reden worden vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in contact with the household</source>
        <translation>Al in contact met het huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The arrears have been settled</source>
        <translation>De achterstand is opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help is arranged elsewhere</source>
        <translation>Hulp is elders geregeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The signal is not about this household</source>
        <translation>Het signaal gaat niet over dit huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or type the reason</source>
        <translation>Kies of typ de reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss flag</source>
        <translation>Signalering af&amp;wijzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for dismissing the flag.</source>
        <translation>Geef de reden om de signalering af te wijzen.</translation>
    </message>
</context>
<context>
    <name>vangnet::DrillDownModel</name>
    <message numerus="yes">
        <location filename="../../src/app/dashboard/DrillDownModel.cpp" line="+46"/>
        <source>%n day(s) after the signal of %1</source>
        <translation>
            <numerusform>%n dag na het signaal van %1</numerusform>
            <numerusform>%n dagen na het signaal van %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>vangnet::DuplicatesModel</name>
    <message>
        <location filename="../../src/app/households/DuplicatesModel.cpp" line="+56"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>Mogelijke dubbeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
</context>
<context>
    <name>vangnet::DuplicatesPage</name>
    <message>
        <location filename="../../src/app/households/DuplicatesPage.cpp" line="+31"/>
        <location line="+12"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelingen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Households of your team that may be one family: a typo in a surname, a house number written two ways or a move can make a second household for the same people.</source>
        <translation>Huishoudens van uw team die mogelijk één gezin zijn: een typefout in een achternaam, een huisnummer dat op twee manieren is geschreven of een verhuizing kan een tweede huishouden voor dezelfde mensen opleveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the selected pair</source>
        <translation>Het gekozen paar samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merges…</source>
        <translation>Samenvoegingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The merges of your team, to undo one</source>
        <translation>De samenvoegingen van uw team, om er een terug te draaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duplicate</source>
        <translation>Geen dubbeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected pair is not a duplicate</source>
        <translation>Het gekozen paar is geen dubbeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detection progress</source>
        <translation>Voortgang van het zoeken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Possible duplicates could not be found: %1</source>
        <translation>Mogelijke dubbelingen konden niet worden gezocht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No possible duplicates.</source>
        <translation>Geen mogelijke dubbelingen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n mogelijke dubbeling.</numerusform>
            <numerusform>%n mogelijke dubbelingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Merge refused</source>
        <translation>Samenvoegen geweigerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 was merged into household %2 (merge %3).</source>
        <translation>Huishouden %1 is samengevoegd met huishouden %2 (samenvoeging %3).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Households %1 and %2 are not proposed as duplicates again.</source>
        <translation>Huishoudens %1 en %2 worden niet opnieuw als dubbeling voorgesteld.</translation>
    </message>
</context>
<context>
    <name>vangnet::FeedbackExportDialog</name>
    <message>
        <location filename="../../src/app/exports/FeedbackExportDialog.cpp" line="+25"/>
        <location line="+1"/>
        <source>Export feedback for a partner</source>
        <translation>Terugkoppeling voor een partner exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each signal of your team from this partner, dated in the period, with the status the partner may hear back and whether it was taken up: to load into the signal platform. No names, addresses, notes or internal reasons.</source>
        <translation>Elk signaal van je team van deze partner, gedateerd in de periode, met de status die de partner mag terughoren en of het is opgepakt: om in het signaleringsplatform in te lezen. Geen namen, adressen, notities of interne redenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the feedback holds</source>
        <translation>Wat de terugkoppeling bevat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any type)</source>
        <translation>(elke soort)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner type</source>
        <translation>Soort partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner name</source>
        <translation>Naam van de partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on its signals, e.g. Woonstichting</source>
        <translation>zoals op zijn signalen, bijv. Woonstichting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signals dated from</source>
        <translation>Signalen gedateerd vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals dated up to</source>
        <translation>Signalen gedateerd tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the export cannot start</source>
        <translation>Waarom de export niet kan beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner &amp;type:</source>
        <translation>&amp;Soort partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;name:</source>
        <translation>&amp;Naam partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals &amp;from:</source>
        <translation>Signalen &amp;vanaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals &amp;up to:</source>
        <translation>Signalen &amp;tot en met:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export or cancel</source>
        <translation>Exporteren of annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export &amp;feedback for a partner…</source>
        <translation>&amp;Terugkoppeling voor een partner exporteren…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the partner type or type the partner&apos;s name: the file goes to one partner.</source>
        <translation>Kies de soort partner of typ de naam van de partner: het bestand gaat naar één partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
</context>
<context>
    <name>vangnet::FieldCipher</name>
    <message>
        <location filename="../../src/core/security/FieldCipher.cpp" line="+23"/>
        <source>A protected field (%1) could not be decrypted: it was altered, moved here from another record, or written under another database&apos;s key. Nothing was changed; ask the administrator to check the database.</source>
        <translation>Een beschermd gegeven (%1) kan niet worden ontsleuteld: het is gewijzigd, hierheen verplaatst vanuit een ander record, of geschreven met de sleutel van een andere database. Er is niets veranderd; vraag de beheerder de database te controleren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>damaged: altered or moved here</source>
        <translation>beschadigd: gewijzigd of hierheen verplaatst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A protected field (%1) cannot be opened with your keys. %2</source>
        <translation>Een beschermd veld (%1) kan met uw sleutels niet worden geopend. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not readable with your keys</source>
        <translation>niet leesbaar met uw sleutels</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>It is sealed with the key of another team.</source>
        <translation>Het is versleuteld met de sleutel van een ander team.</translation>
    </message>
</context>
<context>
    <name>vangnet::FigureTable</name>
    <message>
        <location filename="../../src/app/dashboard/DashboardFigures.cpp" line="-178"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a number to list the households behind it</source>
        <translation>Klik op een getal om de huishoudens erachter te zien</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to list the households behind this number</source>
        <translation>Klik om de huishoudens achter dit getal te zien</translation>
    </message>
</context>
<context>
    <name>vangnet::FirstAdministratorDialog</name>
    <message>
        <location filename="../../ui/security/FirstAdministratorDialog.ui" line="+14"/>
        <source>Create the first administrator</source>
        <translation>Eerste beheerder aanmaken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database has no users yet. Create the functional administrator (functioneel beheerder), who then creates the teams and the other users.</source>
        <translation>Deze database heeft nog geen gebruikers. Maak de functioneel beheerder aan; die maakt daarna de teams en de andere gebruikers aan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat password</source>
        <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../src/app/security/FirstAdministratorDialog.cpp" line="+18"/>
        <source>&amp;Create administrator</source>
        <translation>&amp;Beheerder aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>Beheerder aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the administrator</source>
        <translation>De beheerder wordt aangemaakt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Vul de volledige naam van de beheerder in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>vangnet::FlagsPanel</name>
    <message>
        <location filename="../../ui/households/FlagsPanel.ui" line="+21"/>
        <source>Flags of this household</source>
        <translation>Signaleringen van dit huishouden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why this household is flagged</source>
        <translation>Waarom dit huishouden gesignaleerd is</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show &amp;history</source>
        <translation>&amp;Geschiedenis tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show resolved and dismissed flags</source>
        <translation>Opgeloste en afgewezen signaleringen tonen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dismiss…</source>
        <translation>Af&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss the selected flag</source>
        <translation>De gekozen signalering afwijzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the flag aside with a reason; new evidence raises it again</source>
        <translation>Zet de signalering met een reden opzij; nieuwe gegevens geven opnieuw een signalering</translation>
    </message>
    <message>
        <location filename="../../src/app/households/FlagsPanel.cpp" line="+31"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Signalering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed on %1</source>
        <translation>afgewezen op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved on %1</source>
        <translation>opgelost op %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No flags.</source>
        <translation>Geen signaleringen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>signal %1</source>
        <translation>signaal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discharge notice %1</source>
        <translation>uitstroommelding %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · score %2 · rule %3, version %4</source>
        <translation>%1 · score %2 · regel %3, versie %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismissed on %1 by %2: %3</source>
        <translation>Afgewezen op %1 door %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved on %1: the facts no longer hold.</source>
        <translation>Opgelost op %1: de feiten gelden niet meer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Flag not dismissed</source>
        <translation>Signalering niet afgewezen</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdDetailWidget</name>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="+33"/>
        <source>Select a household to see its details.</source>
        <translation>Selecteer een huishouden om de gegevens te zien.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Edit household…</source>
        <translation>Huishouden &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit household</source>
        <translation>Huishouden bewerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete household</source>
        <translation>Huishouden &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="+446"/>
        <source>Delete household</source>
        <translation>Huishouden verwijderen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Print summary…</source>
        <translation>Samenvatting &amp;afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a summary of the household as PDF</source>
        <translation>Een samenvatting van het huishouden als pdf afdrukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF of the household&apos;s record for a handover or a multidisciplinary meeting, complete for the team or minimised for a partner organisation</source>
        <translation>Een pdf van het dossier van het huishouden voor een overdracht of een multidisciplinair overleg, volledig voor het team of beperkt voor een ketenpartner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+3"/>
        <source>Housing need</source>
        <translation>Woonvraag</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+40"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;New note:</source>
        <translation>&amp;Nieuwe notitie:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note about this household</source>
        <translation>Schrijf een notitie over dit huishouden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="-389"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>District: %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note not added</source>
        <translation>Notitie niet toegevoegd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the household of %1 at %2 with all its members and notes? This cannot be undone.</source>
        <translation>Het huishouden van %1 op %2 met alle leden en notities verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household not deleted</source>
        <translation>Huishouden niet verwijderd</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Name and role</source>
        <translation>Naam en rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone and e-mail</source>
        <translation>Telefoon en e-mail</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>%1
%n years</source>
        <translation>
            <numerusform>%1
%n jaar</numerusform>
            <numerusform>%1
%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="-188"/>
        <source>Show &amp;BSN…</source>
        <translation>&amp;BSN tonen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the BSN of the selected member</source>
        <translation>BSN van het gekozen lid tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the full BSN of the selected member, after you give the reason (recorded in the audit log)</source>
        <translation>Toont het volledige BSN van het gekozen lid, nadat u de reden hebt opgegeven (vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="+39"/>
        <source>BSN not shown</source>
        <translation>BSN niet getoond</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown for: %1</source>
        <translation>Getoond voor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="+14"/>
        <source>&amp;Subject access export…</source>
        <translation>&amp;Inzageverzoek exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject access export of the selected member</source>
        <translation>Inzageverzoek exporteren voor het geselecteerde lid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export everything held about the selected member (inzageverzoek)</source>
        <translation>Alles exporteren wat over het geselecteerde lid is vastgelegd (inzageverzoek)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Signals and discharge notices</source>
        <translation>Signalen en uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signals and discharge notices, newest first</source>
        <translation>Signalen en uitstroommeldingen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add &amp;signal…</source>
        <translation>&amp;Signaal toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an early signal by hand</source>
        <translation>Een vroegsignaal met de hand toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;discharge notice…</source>
        <translation>&amp;Uitstroommelding toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a discharge notice by hand</source>
        <translation>Een uitstroommelding met de hand toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="+45"/>
        <source>arrears %1</source>
        <translation>achterstand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warm handover</source>
        <translation>warme overdracht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated signal</source>
        <translation>herhaald signaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN in the signal was invalid</source>
        <translation>BSN in het signaal was ongeldig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  Early signal %2
%3</source>
        <translation>%1  Vroegsignaal %2
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID document</source>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shelter</source>
        <translation>onderdak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income</source>
        <translation>inkomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>debts</source>
        <translation>schulden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>care</source>
        <translation>zorg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not arranged: %1</source>
        <translation>niet geregeld: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1</source>
        <translation>bijgewerkt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  Discharge from %2 (%3)
%4</source>
        <translation>%1  Uitstroom uit %2 (%3)
%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signals and discharge notices (%1)</source>
        <translation>Signalen en uitstroommeldingen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="-100"/>
        <location line="+3"/>
        <source>Flags</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flags of this household</source>
        <translation>Signaleringen van dit huishouden</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="-303"/>
        <source>Flags (%1)</source>
        <translation>Signaleringen (%1)</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>signal %1 of %2</source>
        <translation>signaal %1 van %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>discharge %1 on %2</source>
        <translation>uitstroom %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="+21"/>
        <source>Self-sufficiency (ZRM)</source>
        <translation>Zelfredzaamheid (ZRM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-sufficiency matrix (ZRM)</source>
        <translation>Zelfredzaamheid-Matrix (ZRM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;ZRM…</source>
        <translation>&amp;ZRM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the self-sufficiency matrix (ZRM)</source>
        <translation>De Zelfredzaamheid-Matrix (ZRM) scoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a ZRM assessment of this household or one of its members</source>
        <translation>Een ZRM-meting vastleggen van dit huishouden of een van de leden</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="-234"/>
        <source>ZRM history of this household</source>
        <translation>ZRM-geschiedenis van dit huishouden</translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdDetailWidget.ui" line="-167"/>
        <source>The household&apos;s open case</source>
        <translation>De open zaak van het huishouden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="-13"/>
        <source>Open &amp;case</source>
        <translation>&amp;Zaak openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="+1"/>
        <source>Open the household&apos;s case</source>
        <translation>De zaak van het huishouden openen</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDetailWidget.cpp" line="-15"/>
        <source>No open case</source>
        <translation>Geen open zaak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case %1: %2, %3</source>
        <translation>Zaak %1: %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unassigned</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with %1</source>
        <translation>bij %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;case…</source>
        <translation>Nieuwe &amp;zaak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new case for the household</source>
        <translation>Een nieuwe zaak openen voor het huishouden</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdDialog</name>
    <message>
        <location filename="../../ui/households/HouseholdDialog.ui" line="+14"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;House number:</source>
        <translation>&amp;Huisnummer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Su&amp;ffix:</source>
        <translation>T&amp;oevoeging:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>House number suffix</source>
        <translation>Huisnummertoevoeging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. A</source>
        <translation>bijv. A</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Town:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;District:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add member…</source>
        <translation>Lid toe&amp;voegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/households/HouseholdDialog.cpp" line="+136"/>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit member…</source>
        <translation>Lid &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/households/HouseholdDialog.cpp" line="+16"/>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove member</source>
        <translation>Lid ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdDialog.cpp" line="-128"/>
        <source>New household</source>
        <translation>Nieuw huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit household</source>
        <translation>Huishouden bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colleague has changed this household; saving will be refused — reload (cancel, then edit it again). What you typed is still here to copy.</source>
        <translation>Een collega heeft dit huishouden gewijzigd; opslaan zal worden geweigerd — herlaad (annuleer en bewerk het opnieuw). Wat u invulde staat er nog, om over te nemen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Member %1</source>
        <translation>Lid %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Please correct the marked fields.</source>
        <translation>Verbeter de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdListModel</name>
    <message>
        <location filename="../../src/app/households/HouseholdListModel.cpp" line="+127"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1, total score %2</source>
        <translation>%1, totale score %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdQuery</name>
    <message>
        <location filename="../../src/core/storage/HouseholdQuery.cpp" line="+109"/>
        <source>Your role has no access to households.</source>
        <translation>Uw rol geeft geen toegang tot huishoudens.</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdRepository</name>
    <message>
        <location filename="../../src/core/storage/HouseholdRepository.cpp" line="+34"/>
        <source>Household %1 does not exist (any more)</source>
        <translation>Huishouden %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This household was removed by someone else since you opened it.</source>
        <translation>Dit huishouden is door iemand anders verwijderd nadat u het opende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This household was changed by someone else since you opened it. Your changes were not saved; reopen it to see the current data.</source>
        <translation>Dit huishouden is door iemand anders gewijzigd nadat u het opende. Uw wijzigingen zijn niet opgeslagen; open het opnieuw om de actuele gegevens te zien.</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdService</name>
    <message>
        <location filename="../../src/core/households/HouseholdService.cpp" line="+202"/>
        <source>A member of this household was removed by someone else since you opened it. Your changes were not saved.</source>
        <translation>Een lid van dit huishouden is door iemand anders verwijderd nadat u het opende. Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A note cannot be empty</source>
        <translation>Een notitie mag niet leeg zijn</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>BSN %1 is already registered for another person</source>
        <translation>BSN %1 is al geregistreerd bij een andere persoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This BSN cannot be recorded here; contact the functional administrator</source>
        <translation>Dit BSN kan hier niet worden vastgelegd; neem contact op met de functioneel beheerder</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Give the reason for looking at the BSN</source>
        <translation>Geef de reden op waarom u het BSN inziet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No BSN is registered for this person.</source>
        <translation>Voor deze persoon is geen BSN geregistreerd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a member of this household</source>
        <translation>Kies een lid van dit huishouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This household already has exactly this entry.</source>
        <translation>Dit huishouden heeft precies deze melding al.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the signal date</source>
        <translation>Geef de signaaldatum op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signal date lies in the future</source>
        <translation>De signaaldatum ligt in de toekomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrears cannot arise after the signal date</source>
        <translation>De achterstand kan niet na de signaaldatum ontstaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative</source>
        <translation>Het bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the expected discharge date</source>
        <translation>Geef de verwachte uitstroomdatum op</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdsPage</name>
    <message>
        <location filename="../../ui/households/HouseholdsPage.ui" line="+19"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search households</source>
        <translation>Huishoudens zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, BSN, postcode or street and number</source>
        <translation>Naam, BSN, postcode of straat en huisnummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;District:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;New household…</source>
        <translation>&amp;Nieuw huishouden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New household</source>
        <translation>Nieuw huishouden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list to CSV or Excel</source>
        <translation>Deze lijst exporteren naar CSV of Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export su&amp;mmaries…</source>
        <translation>Sa&amp;menvattingen exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export summaries of the selected households as PDF</source>
        <translation>Samenvattingen van de geselecteerde huishoudens als pdf exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One PDF summary per selected household, written to a folder (select several with Ctrl or Shift)</source>
        <translation>Eén pdf-samenvatting per geselecteerd huishouden, in een map (selecteer er meer met Ctrl of Shift)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/app/households/HouseholdsPage.cpp" line="+140"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdsPage.cpp" line="-92"/>
        <source>Clear search</source>
        <translation>Zoekveld wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%n household(s) of %1</source>
        <translation>
            <numerusform>%n huishouden van %1</numerusform>
            <numerusform>%n huishoudens van %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n huishouden</numerusform>
            <numerusform>%n huishoudens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Edit household</source>
        <translation>Huishouden bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/households/HouseholdsPage.ui" line="-103"/>
        <source>&amp;Flag:</source>
        <translation>&amp;Signalering:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flagged by rule</source>
        <translation>Gesignaleerd door regel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minimum severity of the flag</source>
        <translation>Minimale ernst van de signalering</translation>
    </message>
    <message>
        <location filename="../../src/app/households/HouseholdsPage.cpp" line="-231"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severities</source>
        <translation>Ernstniveaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All severities</source>
        <translation>Elke ernst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 or higher</source>
        <translation>%1 of hoger</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>All households</source>
        <translation>Alle huishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any flag</source>
        <translation>Elke signalering</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Household details</source>
        <translation>Gegevens van het huishouden</translation>
    </message>
</context>
<context>
    <name>vangnet::IdleLockCover</name>
    <message>
        <location filename="../../src/app/security/IdleLockCover.cpp" line="+12"/>
        <source>Vangnet is locked</source>
        <translation>Vangnet is vergrendeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vangnet is locked.</source>
        <translation>Vangnet is vergrendeld.</translation>
    </message>
</context>
<context>
    <name>vangnet::IdleLockPolicy</name>
    <message>
        <location filename="../../src/core/users/IdleLockPolicy.cpp" line="+45"/>
        <source>The idle lock time is %1 minutes; it must be between %2 and %3 minutes.</source>
        <translation>De vergrendeltijd is %1 minuten; die moet tussen %2 en %3 minuten liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between %1 and %2</source>
        <translation>tussen %1 en %2</translation>
    </message>
</context>
<context>
    <name>vangnet::ImportBatchesDialog</name>
    <message>
        <location filename="../../ui/importing/ImportBatchesDialog.ui" line="+14"/>
        <source>Import batches</source>
        <translation>Importpartijen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import batches, newest first</source>
        <translation>Importpartijen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result of the last action</source>
        <translation>Uitkomst van de laatste handeling</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Withdraw batch…</source>
        <translation>Partij &amp;intrekken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the selected batch</source>
        <translation>De gekozen partij intrekken</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/app/importing/ImportBatchesDialog.cpp" line="+26"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/app/importing/ImportBatchesDialog.cpp" line="-5"/>
        <source>Batch</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported by</source>
        <translation>Geïmporteerd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Early signals</source>
        <translation>Vroegsignalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discharge notices</source>
        <translation>Uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw batch</source>
        <translation>Partij intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw batch %1 (%2)? Its %3 signals or notices are removed, and the households it created that hold nothing else.</source>
        <translation>Partij %1 (%2) intrekken? De %3 signalen of meldingen ervan worden verwijderd, en de huishoudens die zij aanmaakte en verder niets bevatten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 withdrawn.</source>
        <translation>Partij %1 ingetrokken.</translation>
    </message>
</context>
<context>
    <name>vangnet::ImportWizard</name>
    <message>
        <location filename="../../ui/importing/ImportWizard.ui" line="+14"/>
        <source>Import signals</source>
        <translation>Signalen importeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Early signals from a signal platform (CSV or DDAS JSON) or discharge notices (CSV).</source>
        <translation>Vroegsignalen van een signaleringsplatform (CSV of DDAS-JSON) of uitstroommeldingen (CSV).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of file</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File format</source>
        <translation>Bestandsindeling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Column layout:</source>
        <translation>&amp;Kolomindeling:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column layout (mapping profile)</source>
        <translation>Kolomindeling (koppelprofiel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the file cannot be used</source>
        <translation>Waarom het bestand niet bruikbaar is</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview and columns</source>
        <translation>Voorbeeld en kolommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First lines of the file</source>
        <translation>Eerste regels van het bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field and the column it is read from</source>
        <translation>Gegeven en de kolom waaruit het wordt gelezen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is read and checked; nothing is stored yet.</source>
        <translation>Elke regel wordt gelezen en gecontroleerd; er wordt nog niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the file</source>
        <translation>Het bestand wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows that will be skipped, and why</source>
        <translation>Regels die worden overgeslagen, en waarom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is imported as one batch: all of it, or nothing.</source>
        <translation>Het bestand wordt als één partij geïmporteerd: helemaal, of niets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the import; nothing is kept</source>
        <translation>De import stoppen; er blijft niets bewaard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result of the import</source>
        <translation>Uitkomst van de import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows that were skipped, and why</source>
        <translation>Regels die zijn overgeslagen, en waarom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;skipped rows…</source>
        <translation>&amp;Overgeslagen regels opslaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the skipped rows as a CSV file</source>
        <translation>De overgeslagen regels opslaan als CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../src/app/importing/ImportWizard.cpp" line="+57"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early signals</source>
        <translation>Vroegsignalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge notices</source>
        <translation>Uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By file name (.json is DDAS)</source>
        <translation>Naar de bestandsnaam (.json is DDAS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDAS JSON (VNG Uitwisselmodel)</source>
        <translation>DDAS-JSON (VNG Uitwisselmodel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Signaalbestanden (*.csv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a file.</source>
        <translation>Kies een bestand.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows can be imported; %2 rows will be skipped (below). Rows already imported earlier are recognised during the import and skipped as duplicates.</source>
        <translation>%1 regels kunnen worden geïmporteerd; %2 regels worden overgeslagen (hieronder). Regels die al eerder zijn geïmporteerd, worden tijdens de import herkend en als dubbel overgeslagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was stopped; nothing was kept.</source>
        <translation>De import is gestopt; er is niets bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1: %2 rows read, %3 imported (%4 matched to a household, %5 new households, %6 repeated signals), %7 duplicates skipped, %8 rows skipped (below).</source>
        <translation>Partij %1: %2 regels gelezen, %3 geïmporteerd (%4 bij een bestaand huishouden, %5 nieuwe huishoudens, %6 herhaalde signalen), %7 dubbele overgeslagen, %8 regels overgeslagen (hieronder).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n notice(s) updated.</source>
        <translation>
            <numerusform>%n melding bijgewerkt.</numerusform>
            <numerusform>%n meldingen bijgewerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older notice(s) superseded.</source>
        <translation>
            <numerusform>%n oudere melding vervangen.</numerusform>
            <numerusform>%n oudere meldingen vervangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save skipped rows</source>
        <translation>Overgeslagen regels opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n skipped row(s) saved to %1.</source>
        <translation>
            <numerusform>%n overgeslagen regel opgeslagen in %1.</numerusform>
            <numerusform>%n overgeslagen regels opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/ImportWizard.ui" line="-157"/>
        <source>The first lines of the file, and which of its columns holds each field. Change a column when the file names it differently.</source>
        <translation>De eerste regels van het bestand, en in welke kolom elk gegeven staat. Kies een andere kolom als het bestand die anders noemt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What is missing in the column choice</source>
        <translation>Wat er ontbreekt aan de kolomkeuze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as profile…</source>
        <translation>Opslaan als profiel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these columns as a column layout (mapping profile)</source>
        <translation>Deze kolommen opslaan als kolomindeling (koppelprofiel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result of saving the column layout</source>
        <translation>Resultaat van het opslaan van de kolomindeling</translation>
    </message>
    <message>
        <location filename="../../src/app/importing/ImportWizard.cpp" line="-320"/>
        <source>%1 (edited)</source>
        <translation>%1 (aangepast)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A DDAS file names its fields itself: there are no columns to choose.</source>
        <translation>Een DDAS-bestand benoemt zijn gegevens zelf: er zijn geen kolommen te kiezen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save as profile</source>
        <translation>Opslaan als profiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the column layout, for instance the platform that made the file:</source>
        <translation>Naam van de kolomindeling, bijvoorbeeld het platform dat het bestand maakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the new column layout</source>
        <translation>Naam voor de nieuwe kolomindeling</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile was not saved: give it a name.</source>
        <translation>Het profiel is niet opgeslagen: geef het een naam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The saved profiles could not be read: %1</source>
        <translation>De opgeslagen profielen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There already is a column layout named “%1”. Replace it with these columns?</source>
        <translation>Er is al een kolomindeling met de naam “%1”. Wilt u die vervangen door deze kolommen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is a column layout named “%1”, for another kind of file. Replace it with these columns? Imports of that other kind can then no longer use it.</source>
        <translation>Er is al een kolomindeling met de naam “%1”, voor een ander soort bestand. Wilt u die vervangen door deze kolommen? Imports van dat andere soort kunnen haar dan niet meer gebruiken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace column layout?</source>
        <translation>Kolomindeling vervangen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile “%1” was not saved: %2</source>
        <translation>Het profiel “%1” is niet opgeslagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as column layout “%1”: choose it under Column layout for the next file like this.</source>
        <translation>Opgeslagen als kolomindeling “%1”: kies die bij Kolomindeling voor een volgend bestand als dit.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The signal rules could not evaluate the households: %1</source>
        <translation>De signaalregels konden de huishoudens niet beoordelen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The signal rules evaluated %1 households: %n new flag(s).</source>
        <translation>
            <numerusform>De signaalregels hebben %1 huishoudens beoordeeld: %n nieuwe signalering.</numerusform>
            <numerusform>De signaalregels hebben %1 huishoudens beoordeeld: %n nieuwe signaleringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::KeyRotationDialog</name>
    <message>
        <location filename="../../ui/users/KeyRotationDialog.ui" line="+14"/>
        <source>Rotate team key</source>
        <translation>Teamsleutel vernieuwen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Member of the team:</source>
        <translation>&amp;Lid van het team:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member of the team</source>
        <translation>Lid van het team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member&apos;s &amp;password:</source>
        <translation>&amp;Wachtwoord van het lid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member&apos;s password</source>
        <translation>Wachtwoord van het lid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../src/app/users/KeyRotationDialog.cpp" line="+20"/>
        <source>A new key for the team: every protected field of its households (BSNs, notes, case texts) is sealed again under it, and the old key, which a former member may have kept, opens nothing any more. You hold no team key yourself: a member of the team who holds it confirms with their password.</source>
        <translation>Een nieuwe sleutel voor het team: elk beschermd veld van de huishoudens (BSN&apos;s, notities, zaakteksten) wordt ermee opnieuw versleuteld, en de oude sleutel, die een vertrokken teamlid kan hebben bewaard, opent niets meer. U hebt zelf geen teamsleutel: een lid van het team dat hem heeft bevestigt met zijn wachtwoord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Rotate key</source>
        <translation>Sleutel vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>vangnet::KeyService</name>
    <message>
        <location filename="../../src/core/users/KeyService.cpp" line="+185"/>
        <source>Your team&apos;s key has not been given to your account yet (a new account or a new password). A colleague of your team gives it by logging in, or within a minute while they have Vangnet open; then log in again. Until then the households&apos; protected fields (BSN, notes) cannot be read or written.</source>
        <translation>De sleutel van uw team is nog niet aan uw account gegeven (een nieuw account of een nieuw wachtwoord). Een collega van uw team geeft hem door in te loggen, of binnen een minuut terwijl hij Vangnet open heeft; log daarna opnieuw in. Tot dan kunnen de beschermde velden van de huishoudens (BSN, notities) niet worden gelezen of geschreven.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your account belongs to no team, and household fields are sealed with a team&apos;s key.</source>
        <translation>Uw account hoort bij geen team, en de velden van huishoudens zijn versleuteld met de sleutel van een team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not open household fields.</source>
        <translation>Uw rol opent geen velden van huishoudens.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A rotation needs the login of a member of the team who holds its current key.</source>
        <translation>Voor het vernieuwen is de login nodig van een lid van het team dat de huidige sleutel heeft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team&apos;s key changed since this login; log in again and repeat the rotation.</source>
        <translation>De sleutel van het team is sinds deze login veranderd; log opnieuw in en vernieuw opnieuw.</translation>
    </message>
</context>
<context>
    <name>vangnet::KeySlot</name>
    <message>
        <location filename="../../src/core/security/KeySlot.cpp" line="+19"/>
        <source>The cryptography library could not be initialised</source>
        <translation>De cryptografiebibliotheek kon niet worden gestart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key slot is damaged</source>
        <translation>De sleutelkluis is beschadigd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not enough memory to check the password</source>
        <translation>Niet genoeg geheugen om het wachtwoord te controleren</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The key slot is damaged: it belongs to another account. Ask the administrator to reset the password.</source>
        <translation>De sleutelkluis is beschadigd: hij hoort bij een ander account. Vraag de beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password does not open this key slot</source>
        <translation>Het wachtwoord opent deze sleutelkluis niet</translation>
    </message>
</context>
<context>
    <name>vangnet::KeychainSecretStore</name>
    <message>
        <location filename="../../src/app/connection/KeychainSecretStore.cpp" line="+57"/>
        <source>The keychain did not answer in time.</source>
        <translation>De sleutelbos antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused: %1</source>
        <translation>De sleutelbos weigerde: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No password is saved for &quot;%1&quot;.</source>
        <translation>Voor &quot;%1&quot; is geen wachtwoord opgeslagen.</translation>
    </message>
</context>
<context>
    <name>vangnet::ListExporter</name>
    <message>
        <location filename="../../src/app/exports/ListExporter.cpp" line="+29"/>
        <source>Exporting list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file being written</source>
        <translation>Het bestand dat wordt geschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows written</source>
        <translation>Geschreven rijen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the export</source>
        <translation>De export annuleren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, gescheiden door puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <location line="+33"/>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export stopped unexpectedly.</source>
        <translation>De export is onverwacht gestopt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rij geschreven naar %1.</numerusform>
            <numerusform>%n rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::LockDialog</name>
    <message>
        <location filename="../../ui/security/LockDialog.ui" line="+14"/>
        <source>Vangnet is locked</source>
        <translation>Vangnet is vergrendeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why Vangnet is locked</source>
        <translation>Waarom Vangnet is vergrendeld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock error</source>
        <translation>Fout bij ontgrendelen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the password</source>
        <translation>Wachtwoord wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../src/app/security/LockDialog.cpp" line="+18"/>
        <source>Vangnet was locked because it was not used for a while. Enter the password of %1 to continue, or log out.</source>
        <translation>Vangnet is vergrendeld omdat het een tijd niet is gebruikt. Voer het wachtwoord van %1 in om verder te gaan, of log uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter your password.</source>
        <translation>Voer uw wachtwoord in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord is niet juist.</translation>
    </message>
</context>
<context>
    <name>vangnet::LoginDialog</name>
    <message>
        <location filename="../../ui/security/LoginDialog.ui" line="+14"/>
        <source>Log in to Vangnet</source>
        <translation>Inloggen bij Vangnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo accounts</source>
        <translation>Demo-accounts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login error</source>
        <translation>Fout bij inloggen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the password</source>
        <translation>Het wachtwoord wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../src/app/security/LoginDialog.cpp" line="+19"/>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;This is a demo database with invented people. Log in as %1; every password is &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dit is een demodatabase met verzonnen personen. Log in als %1; elk wachtwoord is &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>vangnet::LostConnectionBanner</name>
    <message>
        <location filename="../../src/app/LostConnectionBanner.cpp" line="+33"/>
        <source>Try &amp;now</source>
        <translation>Nu &amp;proberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Connection to the server</source>
        <translation>Verbinding met de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to reconnect now</source>
        <translation>Nu opnieuw verbinden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The connection to the server %1 is lost. Vangnet tries again every few seconds. Nothing is closed: what you typed stays in its window; save it again once this bar says the connection is back.</source>
        <translation>De verbinding met de server %1 is verbroken. Vangnet probeert het om de paar seconden opnieuw. Er wordt niets gesloten: wat u hebt getypt blijft in het venster staan; sla het opnieuw op zodra deze balk meldt dat de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The connection to the server %1 is lost. Vangnet tries again every few seconds; last try %2: %3 Nothing is closed: what you typed stays in its window.</source>
        <translation>De verbinding met de server %1 is verbroken. Vangnet probeert het om de paar seconden opnieuw; laatste poging %2: %3 Er wordt niets gesloten: wat u hebt getypt blijft in het venster staan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server does not answer yet.</source>
        <translation>de server antwoordt nog niet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>the server answers but did not take the connection yet.</source>
        <translation>de server antwoordt, maar heeft de verbinding nog niet aangenomen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server is back. The pages show the latest data; save what you typed.</source>
        <translation>De verbinding met de server is terug. De pagina&apos;s tonen de nieuwste gegevens; sla op wat u hebt getypt.</translation>
    </message>
</context>
<context>
    <name>vangnet::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+14"/>
        <source>Vangnet</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Team key</source>
        <translation>Teamsleutel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New household…</source>
        <translation>&amp;Nieuw huishouden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Organisation on reports…</source>
        <translation>&amp;Organisatie op rapporten…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Vangnet</source>
        <translation>&amp;Over Vangnet</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="+92"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelingen</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1 %2</source>
        <translation>Database: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="-134"/>
        <source>%n household(s) in total</source>
        <translation>
            <numerusform>%n huishouden in totaal</numerusform>
            <numerusform>%n huishoudens in totaal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Session ended</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Vangnet</source>
        <translation>Over Vangnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Vangnet %1&lt;/h3&gt;&lt;p&gt;Case management for homelessness prevention teams of Dutch municipalities.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vangnet %1&lt;/h3&gt;&lt;p&gt;Casusregie voor teams die dakloosheid voorkomen in Nederlandse gemeenten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="-137"/>
        <source>Demo environment: every person and address here is invented. Do not enter real cases.</source>
        <translation>Demo-omgeving: alle personen en adressen zijn verzonnen. Voer hier geen echte zaken in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo environment</source>
        <translation>Demo-omgeving</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="-286"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Logged in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your password has been changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="-28"/>
        <source>&amp;Import signals…</source>
        <translation>Signalen &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="-66"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+5"/>
        <source>Import &amp;batches…</source>
        <translation>Import&amp;partijen…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="+13"/>
        <source>Signal rules</source>
        <translation>Signaalregels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Places</source>
        <translation>Woonplekken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekly dashboard</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Capacity outlook</source>
        <translation>Capaciteitsprognose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planner</source>
        <translation>Plaatsingsplanner</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Other &amp;connection…</source>
        <translation>Andere &amp;verbinding…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Updating the flags for today</source>
        <translation>Signaleringen bijwerken voor vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the flags of every household for today…</source>
        <translation>De signaleringen van alle huishoudens worden bijgewerkt voor vandaag…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The flags could not be updated for today: %1</source>
        <translation>De signaleringen konden niet worden bijgewerkt voor vandaag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flags updated for today: %1 new, %2 resolved.</source>
        <translation>Signaleringen bijgewerkt voor vandaag: %1 nieuw, %2 vervallen.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+5"/>
        <source>Export &amp;DDAS delivery…</source>
        <translation>&amp;DDAS-levering exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="-146"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Work queue</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="-37"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
</context>
<context>
    <name>vangnet::MergeDialog</name>
    <message>
        <location filename="../../src/app/households/MergeDialog.cpp" line="+17"/>
        <location line="+1"/>
        <source>Merge households</source>
        <translation>Huishoudens samenvoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which household stays? Everything of the other household (members, signals, discharge notices, cases, notes, …) moves to it; members who are the same person become one. The merge can be undone for a limited time.</source>
        <translation>Welk huishouden blijft? Alles van het andere huishouden (leden, signalen, uitstroommeldingen, zaken, notities, …) gaat ernaar over; leden die dezelfde persoon zijn, worden één. De samenvoeging kan een beperkte tijd ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the first household</source>
        <translation>Eerste huishouden laten bestaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the second household</source>
        <translation>Tweede huishouden laten bestaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed because: %1</source>
        <translation>Voorgesteld omdat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge or cancel</source>
        <translation>Samenvoegen of annuleren</translation>
    </message>
</context>
<context>
    <name>vangnet::MergesDialog</name>
    <message>
        <location filename="../../src/app/households/MergesDialog.cpp" line="+18"/>
        <location line="+6"/>
        <source>Merges of your team</source>
        <translation>Samenvoegingen van uw team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household that stayed</source>
        <translation>Huishouden dat bleef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household that went</source>
        <translation>Huishouden dat opging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged by</source>
        <translation>Samengevoegd door</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo or close</source>
        <translation>Terugdraaien of sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo merge</source>
        <translation>Samenvoeging terugdraaien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the selected merge</source>
        <translation>De gekozen samenvoeging terugdraaien</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2 (back since the undo)</source>
        <translation>%1 %2 (terug sinds het terugdraaien)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your team has no merges.</source>
        <translation>Uw team heeft geen samenvoegingen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Merge %1 was undone: household %2 is back beside household %3.</source>
        <translation>Samenvoeging %1 is teruggedraaid: huishouden %2 staat weer naast huishouden %3.</translation>
    </message>
</context>
<context>
    <name>vangnet::Migrator</name>
    <message>
        <location filename="../../src/core/storage/Migrator.cpp" line="+69"/>
        <source>Updating the database to schema version %1 (%2) failed; nothing of that step was kept: %3</source>
        <translation>Bijwerken van de database naar schemaversie %1 (%2) is mislukt; van die stap is niets bewaard: %3</translation>
    </message>
</context>
<context>
    <name>vangnet::MunicipalityService</name>
    <message>
        <location filename="../../src/core/ddas/MunicipalityService.cpp" line="+59"/>
        <source>The municipality code (gemeentecode) is four digits, for example 0518; &apos;%1&apos; is not.</source>
        <translation>De gemeentecode bestaat uit vier cijfers, bijvoorbeeld 0518; &apos;%1&apos; niet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The wijk &apos;%1&apos; has no municipality code.</source>
        <translation>De wijk &apos;%1&apos; heeft geen gemeentecode.</translation>
    </message>
</context>
<context>
    <name>vangnet::NeedDialog</name>
    <message>
        <location filename="../../ui/needs/NeedDialog.ui" line="+6"/>
        <source>Housing need</source>
        <translation>Woonvraag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the housing need</source>
        <translation>De woonvraag vastleggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose housing need this is</source>
        <translation>Van wie deze woonvraag is</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Applicant:</source>
        <translation>&amp;Aanvrager:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applicant: the member of the household who applies</source>
        <translation>Aanvrager: het lid van het huishouden dat de aanvraag doet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the applicant</source>
        <translation>Probleem met de aanvrager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Persons moving:</source>
        <translation>&amp;Personen die verhuizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons moving</source>
        <translation>Personen die verhuizen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of persons moving</source>
        <translation>Aantal personen dat verhuist</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>May include someone who is not (yet) a member.</source>
        <translation>Mag iemand zijn die (nog) geen lid is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problem with the persons moving</source>
        <translation>Probleem met de personen die verhuizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs:</source>
        <translation>Nodig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wheelchair access</source>
        <translation>&amp;Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a wheelchair-accessible place</source>
        <translation>Heeft een rolstoeltoegankelijke plek nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pe&amp;t</source>
        <translation>&amp;Huisdier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brings a pet</source>
        <translation>Neemt een huisdier mee</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Support needed:</source>
        <translation>&amp;Begeleiding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support needed</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support needed: at least this much</source>
        <translation>Begeleiding die nodig is: minstens zoveel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailable from:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available from</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The earliest move date</source>
        <translation>De vroegste verhuisdatum</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>The earliest date the household can move.</source>
        <translation>De vroegste datum waarop het huishouden kan verhuizen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Acceptable housing types</source>
        <translation>Aanvaardbare woonvormen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Housing types: tick the acceptable ones</source>
        <translation>Woonvormen: vink de aanvaardbare aan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>None ticked: any housing type.</source>
        <translation>Niets aangevinkt: elke woonvorm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Acceptable districts</source>
        <translation>Aanvaardbare wijken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Districts: tick the acceptable ones</source>
        <translation>Wijken: vink de aanvaardbare aan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>None ticked: any district.</source>
        <translation>Niets aangevinkt: elke wijk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../src/app/needs/NeedDialog.cpp" line="+170"/>
        <source>Why the housing need was not saved</source>
        <translation>Waarom de woonvraag niet is opgeslagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/needs/NeedDialog.cpp" line="-123"/>
        <source>Housing need of the household %1, %2.</source>
        <translation>Woonvraag van het huishouden %1, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the housing need</source>
        <translation>De woonvraag opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of the household</source>
        <translation>Leden van het huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels of support</source>
        <translation>Niveaus van begeleiding</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the applicant</source>
        <translation>Kies de aanvrager</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (the household&apos;s district)</source>
        <translation>%1 (wijk van het huishouden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No districts are known yet: any district.</source>
        <translation>Er zijn nog geen wijken bekend: elke wijk.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The housing need was not saved: %1</source>
        <translation>De woonvraag is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::NeedPanel</name>
    <message>
        <location filename="../../ui/needs/NeedPanel.ui" line="+6"/>
        <source>Housing need</source>
        <translation>Woonvraag</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/app/needs/NeedPanel.cpp" line="+92"/>
        <source>No housing need recorded.</source>
        <translation>Geen woonvraag vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/needs/NeedPanel.cpp" line="+8"/>
        <source>About the housing need</source>
        <translation>Over de woonvraag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recorded housing need</source>
        <translation>De vastgelegde woonvraag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Applicant:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The applicant</source>
        <translation>De aanvrager</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Persons moving:</source>
        <translation>Personen die verhuizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persons moving</source>
        <translation>Personen die verhuizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number of persons moving</source>
        <translation>Het aantal personen dat verhuist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wheelchair access:</source>
        <translation>Rolstoeltoegankelijk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wheelchair access</source>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether wheelchair access is needed</source>
        <translation>Of een rolstoeltoegankelijke plek nodig is</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pet:</source>
        <translation>Huisdier:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pet</source>
        <translation>Huisdier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether a pet comes along</source>
        <translation>Of er een huisdier meekomt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Support needed:</source>
        <translation>Begeleiding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support needed</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The support needed</source>
        <translation>De begeleiding die nodig is</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Housing types:</source>
        <translation>Woonvormen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Housing types</source>
        <translation>Woonvormen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The acceptable housing types</source>
        <translation>De aanvaardbare woonvormen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Districts:</source>
        <translation>Wijken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The acceptable districts</source>
        <translation>De aanvaardbare wijken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Available from:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available from</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earliest move date</source>
        <translation>De vroegste verhuisdatum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last change:</source>
        <translation>Laatst gewijzigd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the housing need was last changed and by whom</source>
        <translation>Wanneer en door wie de woonvraag het laatst is gewijzigd</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../src/app/needs/NeedPanel.cpp" line="+7"/>
        <source>Record housing need…</source>
        <translation>Woonvraag vastleggen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/needs/NeedPanel.cpp" line="+1"/>
        <source>Record the housing need</source>
        <translation>De woonvraag vastleggen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the housing need</source>
        <translation>De woonvraag verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/app/needs/NeedPanel.cpp" line="+7"/>
        <source>Nobody: the applicant left the household; choose another</source>
        <translation>Niemand: de aanvrager heeft het huishouden verlaten; kies een ander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person %1, not a member of the household</source>
        <translation>Persoon %1, geen lid van het huishouden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any housing type</source>
        <translation>Elke woonvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any district</source>
        <translation>Elke wijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change housing need…</source>
        <translation>Woonvraag wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the housing need</source>
        <translation>De woonvraag wijzigen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove housing need</source>
        <translation>Woonvraag verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the housing need of %1? This cannot be undone.</source>
        <translation>De woonvraag van %1 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Housing need not removed</source>
        <translation>Woonvraag niet verwijderd</translation>
    </message>
</context>
<context>
    <name>vangnet::OrganisationDialog</name>
    <message>
        <location filename="../../ui/settings/OrganisationDialog.ui" line="+6"/>
        <source>Organisation on reports</source>
        <translation>Organisatie op rapporten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The municipality&apos;s name and logo head every report Vangnet makes (the weekly dashboard).</source>
        <translation>De naam en het logo van de gemeente staan boven elk rapport dat Vangnet maakt (het weekoverzicht).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/settings/OrganisationDialog.cpp" line="+20"/>
        <source>Name of the municipality</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemeente …</source>
        <translation>Gemeente …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/app/settings/OrganisationDialog.cpp" line="+1"/>
        <source>Logo on reports</source>
        <translation>Logo op rapporten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a logo file</source>
        <translation>Een logobestand kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the logo</source>
        <translation>Het logo verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the settings were not saved</source>
        <translation>Waarom de instellingen niet zijn opgeslagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/OrganisationDialog.cpp" line="-2"/>
        <source>About these settings</source>
        <translation>Over deze instellingen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a logo</source>
        <translation>Een logo kiezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is larger than %2 KB.</source>
        <translation>%1 is groter dan %2 KB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the image could not be read.</source>
        <translation>de afbeelding kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A logo is set</source>
        <translation>Er is een logo ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo is set</source>
        <translation>Er is geen logo ingesteld</translation>
    </message>
</context>
<context>
    <name>vangnet::OutlookModel</name>
    <message>
        <location filename="../../src/app/plans/OutlookModel.cpp" line="+77"/>
        <source>Households any housing type will do for: %1 this week, %2 so far. They count in the total.</source>
        <translation>Huishoudens voor wie elke woonvorm goed is: %1 deze week, %2 tot nu toe. Ze tellen mee in het totaal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households expected: %1 this week, %2 so far. Places coming free: %3 this week, %4 so far.</source>
        <translation>Verwachte huishoudens: %1 deze week, %2 tot nu toe. Vrijkomende plekken: %3 deze week, %4 tot nu toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Short by %n household(s).</source>
        <translation>
            <numerusform>Tekort: %n huishouden.</numerusform>
            <numerusform>Tekort: %n huishoudens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 to %2</source>
        <translation>Van %1 tot en met %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households any housing type will do for, so far: they count in the total</source>
        <translation>Huishoudens voor wie elke woonvorm goed is, tot nu toe: ze tellen mee in het totaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All together</source>
        <translation>Alle samen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every place against every household, so far</source>
        <translation>Alle plekken tegenover alle huishoudens, tot nu toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: places minus households so far</source>
        <translation>%1: plekken min huishoudens tot nu toe</translation>
    </message>
</context>
<context>
    <name>vangnet::OutlookPage</name>
    <message>
        <location filename="../../ui/plans/OutlookPage.ui" line="+11"/>
        <source>Period of the outlook</source>
        <translation>Periode van de prognose</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Housing type in the chart</source>
        <translation>Woonvorm in de grafiek</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Chart:</source>
        <translation>Grafiek:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calculate the outlook again</source>
        <translation>De prognose opnieuw berekenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recalculate</source>
        <translation>Opnieuw berekenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calculating the outlook</source>
        <translation>De prognose wordt berekend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First shortage</source>
        <translation>Eerste tekort</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/plans/OutlookPage.cpp" line="+64"/>
        <location line="+165"/>
        <source>All housing types together</source>
        <translation>Alle woonvormen samen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outlook per week and housing type</source>
        <translation>Prognose per week en woonvorm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the outlook counted</source>
        <translation>Wat de prognose telde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outlook status</source>
        <translation>Status van de prognose</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/OutlookPage.cpp" line="-181"/>
        <source>Capacity outlook</source>
        <translation>Capaciteitsprognose</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Households expected (cumulative)</source>
        <translation>Verwachte huishoudens (cumulatief)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places coming free (cumulative)</source>
        <translation>Vrijkomende plekken (cumulatief)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart of households expected and places coming free</source>
        <translation>Grafiek van verwachte huishoudens en vrijkomende plekken</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The outlook could not be computed: %1</source>
        <translation>De prognose kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>13 weeks from %1 to %2</source>
        <translation>13 weken van %1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>vangnet::OutputTarget</name>
    <message>
        <location filename="../../src/core/support/OutputTarget.cpp" line="+14"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 may not be written to.</source>
        <translation>In de map %1 mag niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and may not be overwritten.</source>
        <translation>%1 bestaat al en mag niet worden overschreven.</translation>
    </message>
</context>
<context>
    <name>vangnet::PasswordDialog</name>
    <message>
        <location filename="../../ui/security/PasswordDialog.ui" line="+14"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Current password:</source>
        <translation>H&amp;uidig wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Herhaal nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat new password</source>
        <translation>Herhaal nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../src/app/security/PasswordDialog.cpp" line="+21"/>
        <source>Reset password of %1</source>
        <translation>Wachtwoord van %1 opnieuw instellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save password</source>
        <translation>Wachtwoord opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the password</source>
        <translation>Het wachtwoord wordt opgeslagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your current password.</source>
        <translation>Vul uw huidige wachtwoord in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>vangnet::PdfReportWriter</name>
    <message>
        <location filename="../../src/render/PdfReportWriter.cpp" line="+57"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PDF could not be made.</source>
        <translation>De pdf kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>vangnet::Person</name>
    <message>
        <location filename="../../src/core/domain/Person.cpp" line="+32"/>
        <source>Head of household</source>
        <translation>Hoofdbewoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vangnet::PersonDialog</name>
    <message>
        <location filename="../../ui/households/PersonDialog.ui" line="+14"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Voorletters:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. J.P.</source>
        <translation>bijv. J.P.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;First name:</source>
        <translation>Voor&amp;naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sur&amp;name prefix:</source>
        <translation>T&amp;ussenvoegsel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;BSN:</source>
        <translation>&amp;BSN:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 06 12345678</source>
        <translation>bijv. 06 12345678</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/app/households/PersonDialog.cpp" line="+22"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Date of birth &quot;%1&quot; is not a date; write it as DD-MM-YYYY</source>
        <translation>Geboortedatum &quot;%1&quot; is geen datum; schrijf die als DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The stored BSN is masked. Type a new BSN to replace it, or clear the field to remove it.</source>
        <translation>Het opgeslagen BSN is gemaskeerd. Typ een nieuw BSN om het te vervangen, of maak het veld leeg om het te verwijderen.</translation>
    </message>
</context>
<context>
    <name>vangnet::PersonRepository</name>
    <message>
        <location filename="../../src/core/storage/PersonRepository.cpp" line="+138"/>
        <source>%1 was changed or removed by someone else since you opened it. Reopen the household to see the current data.</source>
        <translation>%1 is door iemand anders gewijzigd of verwijderd nadat u het huishouden opende. Open het huishouden opnieuw om de actuele gegevens te zien.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <source>Person %1 does not exist (any more)</source>
        <translation>Persoon %1 bestaat niet (meer)</translation>
    </message>
</context>
<context>
    <name>vangnet::PlacesModel</name>
    <message>
        <location filename="../../src/app/places/PlacesModel.cpp" line="+105"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Place id</source>
        <translation>Plek-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing type</source>
        <translation>Woonvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. persons</source>
        <translation>Max. personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair</source>
        <translation>Rolstoel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pets</source>
        <translation>Huisdieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Begeleiding</translation>
    </message>
</context>
<context>
    <name>vangnet::PlacesPage</name>
    <message>
        <location filename="../../ui/places/PlacesPage.ui" line="+11"/>
        <source>Search places</source>
        <translation>Woonplekken zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search place id, provider, location or district</source>
        <translation>Zoek op plek-id, aanbieder, locatie of wijk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by housing type</source>
        <translation>Filteren op woonvorm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/app/places/PlacesPage.cpp" line="+23"/>
        <source>Places</source>
        <translation>Woonplekken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Places per status</source>
        <translation>Woonplekken per status</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/app/places/PlacesPage.cpp" line="+148"/>
        <source>Import places</source>
        <translation>Woonplekken importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New status for the selected place</source>
        <translation>Nieuwe status voor de gekozen woonplek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the status of the selected place</source>
        <translation>Status van de gekozen woonplek wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rejected rows</source>
        <translation>Afgewezen regels</translation>
    </message>
    <message>
        <location filename="../../src/app/places/PlacesPage.cpp" line="-138"/>
        <source>All housing types</source>
        <translation>Alle woonvormen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The places could not be read: %1</source>
        <translation>De woonplekken konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n place(s): %1</source>
        <translation>
            <numerusform>%n woonplek: %1</numerusform>
            <numerusform>%n woonplekken: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n place(s) shown: %2</source>
        <translation>
            <numerusform>%1 van %n woonplek getoond: %2</numerusform>
            <numerusform>%1 van %n woonplekken getoond: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Place files (*.csv *.txt);;All files (*)</source>
        <translation>Woonplekbestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file was not imported: %1</source>
        <translation>Het bestand is niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgewezen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, %2: %3</source>
        <translation>regel %1, %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already has status %2.</source>
        <translation>%1 heeft de status %2 al.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The status of %1 was not changed: %2</source>
        <translation>De status van %1 is niet gewijzigd: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now has status %2.</source>
        <translation>%1 heeft nu de status %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::PlanEntriesModel</name>
    <message>
        <location filename="../../src/app/plans/PlanEntriesModel.cpp" line="+92"/>
        <source>A household of another team: you see its tier and status only.</source>
        <translation>Een huishouden van een ander team: u ziet alleen de urgentie en de status.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 (pinned)</source>
        <translation>%1 (vastgezet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed place</source>
        <translation>Voorgestelde plek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greedy would give</source>
        <translation>Greedy zou geven</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All households of the run</source>
        <translation>Alle huishoudens van de run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a proposed place</source>
        <translation>Met een voorgestelde plek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved, offered or accepted</source>
        <translation>Goedgekeurd, aangeboden of geaccepteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My team&apos;s households</source>
        <translation>Huishoudens van mijn team</translation>
    </message>
</context>
<context>
    <name>vangnet::PlannerPage</name>
    <message>
        <location filename="../../ui/plans/PlannerPage.ui" line="+9"/>
        <location line="+3"/>
        <source>New plan</source>
        <translation>Nieuw plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan &amp;date</source>
        <translation>Plan&amp;datum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Horizon (days)</source>
        <translation>&amp;Horizon (dagen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Horizon in days</source>
        <translation>Horizon in dagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Run the planner</source>
        <translation>Plan &amp;maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the planner</source>
        <translation>Plan maken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress of the plan run</source>
        <translation>Voortgang van de planrun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the plan run</source>
        <translation>De planrun stoppen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan &amp;run</source>
        <translation>Plan&amp;run</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored plan runs</source>
        <translation>Opgeslagen planruns</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which households to show</source>
        <translation>Welke huishoudens tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Placed per tier: optimal plan and greedy baseline</source>
        <translation>Geplaatst per urgentie: optimaal plan en greedy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Households of the plan run</source>
        <translation>Huishoudens van de planrun</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With a housing need, not a &amp;candidate (my team)</source>
        <translation>Met een woonvraag, geen &amp;kandidaat (mijn team)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Households of my team with a housing need that are not candidates</source>
        <translation>Huishoudens van mijn team met een woonvraag die geen kandidaat zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the proposal</source>
        <translation>Het voorstel goedkeuren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Offered</source>
        <translation>&amp;Aangeboden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the place was offered</source>
        <translation>Vastleggen dat de plek is aangeboden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;ccepted</source>
        <translation>Ge&amp;accepteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the household accepted</source>
        <translation>Vastleggen dat het huishouden de plek accepteert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Declined…</source>
        <translation>Af&amp;gewezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the household declined</source>
        <translation>Vastleggen dat het huishouden de plek afwijst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Placed…</source>
        <translation>Ge&amp;plaatst…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the household moved in</source>
        <translation>Vastleggen dat het huishouden is verhuisd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>P&amp;in to a place…</source>
        <translation>&amp;Vastzetten op plek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pin the household to a place for later runs</source>
        <translation>Het huishouden voor volgende runs vastzetten op een plek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xclude this place</source>
        <translation>Deze plek &amp;uitsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never propose this place to the household again</source>
        <translation>Deze plek nooit meer aan dit huishouden voorstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;household</source>
        <translation>&amp;Huishouden openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the household</source>
        <translation>Het huishouden openen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planner status</source>
        <translation>Status van de planner</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlanStepDialogs.cpp" line="+20"/>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Record the placement</source>
        <translation>De plaatsing vastleggen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Moved in on</source>
        <translation>Verhuisd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved in &amp;on</source>
        <translation>Verhuisd &amp;op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlannerPage.cpp" line="+26"/>
        <source>Run %1 — plan date %2, horizon %3 days, by %4 on %5</source>
        <translation>Run %1 — plandatum %2, horizon %3 dagen, door %4 op %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Planner</source>
        <translation>Plaatsingsplanner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optimal plan</source>
        <translation>Optimaal plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More than greedy</source>
        <translation>Meer dan greedy</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stopping the plan run…</source>
        <translation>De planrun wordt gestopt…</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlanStepDialogs.cpp" line="+23"/>
        <source>Pin to a place</source>
        <translation>Vastzetten op een plek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place id (plek_id) this household goes to in later runs:</source>
        <translation>Plek (plek_id) waar dit huishouden in volgende runs naartoe gaat:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why did the household decline this place? (required)</source>
        <translation>Waarom wijst het huishouden deze plek af? (verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlannerPage.cpp" line="+61"/>
        <source>The plan runs could not be read: %1</source>
        <translation>De planruns konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plan run yet</source>
        <translation>Nog geen planrun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not be read: %1</source>
        <translation>Kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household %1 — %2</source>
        <translation>Huishouden %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: every household of your team with a housing need is a candidate.</source>
        <translation>Geen: elk huishouden van uw team met een woonvraag is kandidaat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Plan run %1 could not be read: %2</source>
        <translation>Planrun %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: optimal: %2 placed, greedy: %3</source>
        <translation>%1: optimaal: %2 geplaatst, greedy: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a household to read why it got its place, or why not.</source>
        <translation>Kies een huishouden om te lezen waarom het deze plek kreeg, of waarom niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household %1 belongs to another team: you see its tier (%2) and status (%3) only.</source>
        <translation>Huishouden %1 hoort bij een ander team: u ziet alleen de urgentie (%2) en de status (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Declined: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status %1, last changed by %2 on %3.</source>
        <translation>Status %1, laatst gewijzigd door %2 op %3.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The proposal for household %1 is approved.</source>
        <translation>Het voorstel voor huishouden %1 is goedgekeurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The place is offered to household %1.</source>
        <translation>De plek is aangeboden aan huishouden %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household %1 accepted the place.</source>
        <translation>Huishouden %1 heeft de plek geaccepteerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 declined; later runs will not propose this place to it again.</source>
        <translation>Huishouden %1 heeft afgewezen; volgende runs stellen deze plek niet meer voor aan dit huishouden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 is placed; the place&apos;s capacity is taken.</source>
        <translation>Huishouden %1 is geplaatst; de capaciteit van de plek is bezet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Household %1 is pinned to %2: the next run places it there.</source>
        <translation>Huishouden %1 is vastgezet op %2: de volgende run plaatst het daar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Later runs will not propose %1 to household %2.</source>
        <translation>Volgende runs stellen %1 niet meer voor aan huishouden %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Planning…</source>
        <translation>Bezig met plannen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The plan run was stopped; nothing was stored.</source>
        <translation>De planrun is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run %1 stored: %2 candidates, %3 places; optimal: %4 placed, greedy: %5.</source>
        <translation>Run %1 opgeslagen: %2 kandidaten, %3 plekken; optimaal: %4 geplaatst, greedy: %5.</translation>
    </message>
</context>
<context>
    <name>vangnet::ProfileEditor</name>
    <message>
        <location filename="../../ui/connection/ProfileEditor.ui" line="+6"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection name</source>
        <translation>Naam van de verbinding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name error</source>
        <translation>Fout bij naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of connection</source>
        <translation>Soort verbinding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database &amp;file:</source>
        <translation>Database&amp;bestand:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/app/connection/ProfileEditor.cpp" line="+124"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+154"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Browse for the database file</source>
        <translation>Databasebestand zoeken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database file error</source>
        <translation>Fout bij databasebestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server error</source>
        <translation>Fout bij server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Port error</source>
        <translation>Fout bij poort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database on the server</source>
        <translation>Database op de server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database error</source>
        <translation>Fout bij database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encrypted and checked (verify-full)</source>
        <translation>V&amp;ersleuteld en gecontroleerd (verify-full)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted and checked connection</source>
        <translation>Versleutelde en gecontroleerde verbinding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required for a server that is not on this computer: the connection is encrypted and the server&apos;s certificate and name are checked.</source>
        <translation>Verplicht voor een server die niet op deze computer staat: de verbinding wordt versleuteld en het certificaat en de naam van de server worden gecontroleerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encryption error</source>
        <translation>Fout bij versleuteling</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse for the CA certificate</source>
        <translation>CA-certificaat zoeken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA certificate error</source>
        <translation>Fout bij CA-certificaat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name on the server</source>
        <translation>Gebruikersnaam op de server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User error</source>
        <translation>Fout bij gebruiker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password of the shared account</source>
        <translation>Wachtwoord van het gedeelde account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelbos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember the password in the keychain</source>
        <translation>Wachtwoord onthouden in de sleutelbos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the keychain</source>
        <translation>Over de sleutelbos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About team servers</source>
        <translation>Over teamservers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a team server everyone logs in with their own name and password in the login dialog; no password is saved here.</source>
        <translation>Op een teamserver logt iedereen in het inlogvenster in met een eigen naam en wachtwoord; hier wordt geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/connection/ProfileEditor.cpp" line="-107"/>
        <source>Database file on this computer</source>
        <translation>Databasebestand op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server (everyone logs in as themselves)</source>
        <translation>Teamserver (iedereen logt in als zichzelf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server with a shared account</source>
        <translation>Server met een gedeeld account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the connection</source>
        <translation>Verbinding opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved in the keychain; type to change it</source>
        <translation>Opgeslagen in de sleutelbos; typ om het te wijzigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no keychain on this computer, so the password cannot be remembered: it is asked each time you connect.</source>
        <translation>Deze computer heeft geen sleutelbos, dus het wachtwoord kan niet worden onthouden: het wordt bij elke verbinding gevraagd.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Vangnet databases (*.sqlite *.db);;All files (*)</source>
        <translation>Vangnet-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>vangnet::QueueAssignment</name>
    <message numerus="yes">
        <location filename="../../src/app/cases/QueueAssignment.cpp" line="+23"/>
        <source>Assign %n household(s) to:</source>
        <translation>
            <numerusform>%n huishouden toewijzen aan:</numerusform>
            <numerusform>%n huishoudens toewijzen aan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them have no case yet: a case is opened for each.</source>
        <translation>
            <numerusform>%n ervan heeft nog geen zaak: daarvoor wordt een zaak geopend.</numerusform>
            <numerusform>%n ervan hebben nog geen zaak: voor elk wordt een zaak geopend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n case(s) assigned to %1.</source>
        <translation>
            <numerusform>%n zaak toegewezen aan %1.</numerusform>
            <numerusform>%n zaken toegewezen aan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::ReasonCombo</name>
    <message>
        <location filename="../../src/app/cases/ReasonCombo.cpp" line="+13"/>
        <source>(no reason chosen)</source>
        <translation>(geen reden gekozen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal reason</source>
        <translation>Interne reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted by the team lead; never reported to a signal partner or to CBS.</source>
        <translation>Geteld door de teamleider; nooit gerapporteerd aan een signaalpartner of aan het CBS.</translation>
    </message>
</context>
<context>
    <name>vangnet::RequestStepDialog</name>
    <message>
        <location filename="../../ui/cases/RequestStepDialog.ui" line="+6"/>
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this step of the request</source>
        <translation>Over deze stap van de hulpvraag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Crisis intervention (the first conversation within 3 working days)</source>
        <translation>&amp;Crisisinterventie (het eerste gesprek binnen 3 werkdagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis intervention</source>
        <translation>Crisisinterventie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind of crisis:</source>
        <translation>&amp;Soort crisis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of crisis intervention</source>
        <translation>Soort crisisinterventie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;ecision:</source>
        <translation>B&amp;eschikking:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Admitted or refused</source>
        <translation>Toelating of afwijzing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this was not saved</source>
        <translation>Waarom dit niet is opgeslagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reload the case</source>
        <translation>Zaak opnieuw &amp;laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the case, keeping what you entered</source>
        <translation>Laad de zaak opnieuw, wat u invoerde blijft staan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/RequestStepDialog.cpp" line="+22"/>
        <source>Offer accepted / register request</source>
        <translation>Aanbod aanvaard / hulpvraag registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the day the resident asked for debt help or accepted the offer. The 4-week term for the first conversation runs from it; with a crisis intervention, 3 working days.</source>
        <translation>%1: de dag waarop de inwoner om schuldhulp vroeg of het aanbod aanvaardde. De termijn van 4 weken voor het eerste gesprek loopt vanaf die dag; met een crisisinterventie 3 werkdagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date the request was registered</source>
        <translation>Datum van aanmelding van de hulpvraag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First conversation</source>
        <translation>Eerste gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the day of the first conversation about the request (not a phone call to make contact). It meets the first-conversation terms and starts the decision term.</source>
        <translation>%1: de dag van het eerste gesprek over de hulpvraag (geen telefoontje om contact te leggen). Het voldoet aan de termijnen voor het eerste gesprek en start de beslistermijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the first conversation</source>
        <translation>Datum van het eerste gesprek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision on the request</source>
        <translation>Beschikking op de hulpvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the day of the decision on admission to debt help, and what it decided. It stops the decision term.</source>
        <translation>%1: de dag van de beschikking over toelating tot de schuldhulpverlening, en wat die besliste. Het stopt de beslistermijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the decision</source>
        <translation>Datum van de beschikking</translation>
    </message>
</context>
<context>
    <name>vangnet::RetentionCategory</name>
    <message>
        <location filename="../../src/core/retention/RetentionCategory.cpp" line="+36"/>
        <source>Signal not taken up</source>
        <translation>Signaal niet opgepakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal taken up</source>
        <translation>Signaal opgepakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed case (after closing)</source>
        <translation>Afgesloten casus (na afsluiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household without changes or notes</source>
        <translation>Huishouden zonder wijzigingen of notities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data of this kind yet</source>
        <translation>nog geen gegevens van deze soort</translation>
    </message>
</context>
<context>
    <name>vangnet::RetentionPage</name>
    <message>
        <location filename="../../ui/retention/RetentionPage.ui" line="+9"/>
        <source>About retention</source>
        <translation>Over bewaartermijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention periods are municipal policy. What has passed its period is counted below; nothing is deleted until you confirm a purge.</source>
        <translation>Bewaartermijnen zijn gemeentelijk beleid. Wat over zijn bewaartermijn heen is, wordt hieronder geteld; er wordt niets verwijderd tot u een opschoning bevestigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention period per category</source>
        <translation>Bewaartermijn per categorie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save periods</source>
        <translation>Termijnen &amp;opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the retention periods</source>
        <translation>De bewaartermijnen opslaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Due for purging today</source>
        <translation>Vandaag te verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data due for purging per category</source>
        <translation>Te verwijderen gegevens per categorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Purge in progress</source>
        <translation>Opschonen bezig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count again what is due</source>
        <translation>Opnieuw tellen wat verwijderd kan worden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purge…</source>
        <translation>O&amp;pschonen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purge what is due</source>
        <translation>Opschonen wat over de termijn is</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Purge history</source>
        <translation>Opschoonlog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purges done</source>
        <translation>Uitgevoerde opschoningen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retention status</source>
        <translation>Status bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../src/app/retention/RetentionPage.cpp" line="+45"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Period (months)</source>
        <translation>Termijn (maanden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Cutoff date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Due</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest activity</source>
        <translation>Oudste activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purged</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period for %1, in months</source>
        <translation>Bewaartermijn voor %1, in maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) due for purging as of %1.</source>
        <translation>
            <numerusform>%n item te verwijderen per %1.</numerusform>
            <numerusform>%n items te verwijderen per %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due for purging as of %1.</source>
        <translation>Er is niets te verwijderen per %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save retention periods</source>
        <translation>Bewaartermijnen opslaan</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n retention period(s) saved.</source>
        <translation>
            <numerusform>%n bewaartermijn opgeslagen.</numerusform>
            <numerusform>%n bewaartermijnen opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No retention period was changed.</source>
        <translation>Er is geen bewaartermijn gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>• %1: %n item(s) without activity since before %2</source>
        <translation>
            <numerusform>• %1: %n item zonder activiteit sinds vóór %2</numerusform>
            <numerusform>• %1: %n items zonder activiteit sinds vóór %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is due for purging.</source>
        <translation>Er is niets te verwijderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permanently delete this data?

%1

This cannot be undone. A purge record (category, number, date, your name) is kept.</source>
        <translation>Deze gegevens definitief verwijderen?

%1

Dit kan niet ongedaan worden gemaakt. Er wordt een opschoonregel bewaard (categorie, aantal, datum, uw naam).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Purge</source>
        <translation>Opschonen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Nothing was purged.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Purging…</source>
        <translation>Bezig met opschonen…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s) purged.</source>
        <translation>
            <numerusform>%n item verwijderd.</numerusform>
            <numerusform>%n items verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) purged. Not purged:
%1</source>
        <translation>
            <numerusform>%n item verwijderd. Niet verwijderd:
%1</numerusform>
            <numerusform>%n items verwijderd. Niet verwijderd:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::RetentionPolicy</name>
    <message>
        <location filename="../../src/core/retention/RetentionPolicy.cpp" line="+12"/>
        <source>The retention period for &quot;%1&quot; must be between %2 and %3 months, not %4.</source>
        <translation>De bewaartermijn voor &quot;%1&quot; moet tussen %2 en %3 maanden liggen, niet %4.</translation>
    </message>
</context>
<context>
    <name>vangnet::RetentionService</name>
    <message>
        <location filename="../../src/core/retention/RetentionService.cpp" line="+27"/>
        <source>On a team server the beheerder&apos;s account may not read household data, so what is due cannot be counted or purged from it yet (docs/team-mode.md, known limits). The retention periods can be set as usual.</source>
        <translation>Op een teamserver mag het account van de beheerder geen huishoudgegevens lezen, dus wat aan de beurt is kan daarmee nog niet worden geteld of verwijderd (docs/team-mode.md, bekende beperkingen). De bewaartermijnen kunnen gewoon worden ingesteld.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The retention period for &quot;%1&quot; was changed since the overview was made. Nothing was purged; look at what is due again.</source>
        <translation>De bewaartermijn voor &quot;%1&quot; is gewijzigd sinds het overzicht werd gemaakt. Er is niets verwijderd; bekijk opnieuw wat verwijderd kan worden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cutoff date for &quot;%1&quot; is later than the retention period allows. Nothing was purged.</source>
        <translation>De peildatum voor &quot;%1&quot; ligt later dan de bewaartermijn toestaat. Er is niets verwijderd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The number of items due for &quot;%1&quot; changed since the overview was made. Nothing was purged; look at what is due again.</source>
        <translation>Het aantal te verwijderen items voor &quot;%1&quot; is gewijzigd sinds het overzicht werd gemaakt. Er is niets verwijderd; bekijk opnieuw wat verwijderd kan worden.</translation>
    </message>
</context>
<context>
    <name>vangnet::RevealBsnDialog</name>
    <message>
        <location filename="../../ui/households/RevealBsnDialog.ui" line="+14"/>
        <location filename="../../src/app/households/RevealBsnDialog.cpp" line="+23"/>
        <source>Show BSN</source>
        <translation>BSN tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose BSN is shown</source>
        <translation>Van wie het BSN wordt getoond</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/households/RevealBsnDialog.cpp" line="-1"/>
        <source>Reason for showing the BSN</source>
        <translation>Reden om het BSN te tonen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the BSN cannot be shown</source>
        <translation>Waarom het BSN niet getoond kan worden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show or cancel</source>
        <translation>Tonen of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/households/RevealBsnDialog.cpp" line="-8"/>
        <source>The BSN of %1 is shown once you give the reason. Your name, the time and the reason are recorded in the audit log.</source>
        <translation>Het BSN van %1 wordt getoond zodra u de reden opgeeft. Uw naam, het tijdstip en de reden worden vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration with a creditor or institution</source>
        <translation>Aanmelding bij een schuldeiser of instantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check with the resident</source>
        <translation>Identiteitscontrole met de inwoner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application for a provision</source>
        <translation>Aanvraag van een voorziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting the registration</source>
        <translation>Registratie corrigeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or type the reason</source>
        <translation>Kies of typ de reden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the reason for looking at the BSN.</source>
        <translation>Geef de reden op waarom u het BSN inziet.</translation>
    </message>
</context>
<context>
    <name>vangnet::Role</name>
    <message>
        <location filename="../../src/core/security/Role.cpp" line="+28"/>
        <source>Caseworker</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Functioneel beheerder</translation>
    </message>
</context>
<context>
    <name>vangnet::RuleParametersForm</name>
    <message>
        <location filename="../../src/app/rules/RuleParametersForm.cpp" line="+24"/>
        <source>Parameters of the rules</source>
        <translation>Parameters van de regels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameters (change a value here; the rules use it by name):</source>
        <translation>Parameters (wijzig hier een waarde; de regels gebruiken haar bij naam):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the parameters</source>
        <translation>Over de parameters</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
</context>
<context>
    <name>vangnet::RulesPage</name>
    <message>
        <location filename="../../ui/rules/RulesPage.ui" line="+9"/>
        <source>About signal rules</source>
        <translation>Over signaalregels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signal rules decide which households are flagged and why (see the rule language in the manual). A change is saved as a new version from a date you choose; earlier versions stay readable below.</source>
        <translation>Signaalregels bepalen welke huishoudens gesignaleerd worden en waarom (de regeltaal staat in de handleiding). Een wijziging wordt opgeslagen als nieuwe versie vanaf een datum die u kiest; eerdere versies blijven hieronder leesbaar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Rule set versions</source>
        <translation>Versies van de regelset</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Selected version</source>
        <translation>Gekozen versie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/rules/RulesPage.cpp" line="+186"/>
        <source>Select a version to read its rules.</source>
        <translation>Kies een versie om de regels te lezen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules of the selected version (read only)</source>
        <translation>Regels van de gekozen versie (alleen lezen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Use as draft</source>
        <translation>Als &amp;concept gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this version as the draft</source>
        <translation>Deze versie als concept gebruiken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the draft below with the rules of the selected version</source>
        <translation>Vervang het concept hieronder door de regels van de gekozen versie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New version of the rules</source>
        <translation>Nieuwe versie van de regels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules of the new version</source>
        <translation>Regels van de nieuwe versie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rules</source>
        <translation>De regels controleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview which households the rules flag</source>
        <translation>Bekijk welke huishoudens de regels signaleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the households the new version would flag on the chosen day, compared with the active version</source>
        <translation>Tel de huishoudens die de nieuwe versie op de gekozen dag zou signaleren, vergeleken met de actieve versie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as &amp;of</source>
        <translation>&amp;per</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview as of</source>
        <translation>Voorbeeld per</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day the preview is evaluated on</source>
        <translation>Dag waarop het voorbeeld wordt beoordeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today, or an earlier day: the households are judged with the statuses of that day</source>
        <translation>Vandaag, of een eerdere dag: de huishoudens worden beoordeeld met de statussen van die dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview progress</source>
        <translation>Voortgang van het voorbeeld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the preview</source>
        <translation>Het voorbeeld stoppen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate the new version</source>
        <translation>De nieuwe versie activeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Errors in the rules</source>
        <translation>Fouten in de regels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click an error to move the cursor to it</source>
        <translation>Klik op een fout om de cursor erheen te zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview result</source>
        <translation>Uitkomst van het voorbeeld</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/app/rules/RulesPage.cpp" line="+64"/>
        <source>Added households:</source>
        <translation>Toegevoegde huishoudens:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Households the new version adds</source>
        <translation>Huishoudens die de nieuwe versie toevoegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../src/app/rules/RulesPage.cpp" line="+1"/>
        <source>Dropped households:</source>
        <translation>Vervallen huishoudens:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Households the new version drops</source>
        <translation>Huishoudens die de nieuwe versie laat vallen</translation>
    </message>
    <message>
        <location filename="../../src/app/rules/RulesPage.cpp" line="-188"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved at</source>
        <translation>Opgeslagen op</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Changed since the last check.</source>
        <translation>Gewijzigd sinds de laatste controle.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Signal rules</source>
        <translation>Signaalregels</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (active)</source>
        <translation>%1 (actief)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Version %1, in force from %2 (read only)</source>
        <translation>Versie %1, geldig vanaf %2 (alleen lezen)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No errors: %n rule(s).</source>
        <translation>
            <numerusform>Geen fouten: %n regel.</numerusform>
            <numerusform>Geen fouten: %n regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s); click one to go there.</source>
        <translation>
            <numerusform>%n fout; klik erop om erheen te gaan.</numerusform>
            <numerusform>%n fouten; klik op een fout om erheen te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No preview yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluating every household…</source>
        <translation>Alle huishoudens worden beoordeeld…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview was stopped.</source>
        <translation>Het voorbeeld is gestopt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 / −%2 households</source>
        <translation>+%1 / −%2 huishoudens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today the active version %1 flags %2 households; the new version would flag %3.</source>
        <translation>Vandaag signaleert de actieve versie %1 %2 huishoudens; de nieuwe versie zou er %3 signaleren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On %4 the active version %1 would have flagged %2 households; the new version would have flagged %3.</source>
        <translation>Op %4 zou de actieve versie %1 %2 huishoudens hebben gesignaleerd; de nieuwe versie %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status history is kept since %1: for an earlier day the statuses are read as they were on %1.</source>
        <translation>Statusgeschiedenis wordt bijgehouden sinds %1: voor een eerdere dag gelden de statussen zoals ze op %1 waren.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rule evaluation(s) could not be completed.</source>
        <translation>
            <numerusform>%n regelbeoordeling kon niet worden voltooid.</numerusform>
            <numerusform>%n regelbeoordelingen konden niet worden voltooid.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added households (%1):</source>
        <translation>Toegevoegde huishoudens (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped households (%1):</source>
        <translation>Vervallen huishoudens (%1):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (household %2)</source>
        <translation>%1 (huishouden %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household %1</source>
        <translation>Huishouden %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Activate rules</source>
        <translation>Regels activeren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The rules have errors; correct them first.</source>
        <translation>De regels bevatten fouten; verbeter die eerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version %1 is saved and comes into force on %2.</source>
        <translation>Versie %1 is opgeslagen en geldt vanaf %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1 is active. Updating the flags of every household…</source>
        <translation>Versie %1 is actief. De signaleringen van alle huishoudens worden bijgewerkt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version %1 is active, but the flags were not updated: %2</source>
        <translation>Versie %1 is actief, maar de signaleringen zijn niet bijgewerkt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 is active; updating the flags was stopped.</source>
        <translation>Versie %1 is actief; het bijwerken van de signaleringen is gestopt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 is active. %2 households evaluated: %3 new flags, %4 updated, %5 resolved.</source>
        <translation>Versie %1 is actief. %2 huishoudens beoordeeld: %3 nieuwe signaleringen, %4 bijgewerkt, %5 opgelost.</translation>
    </message>
    <message>
        <location filename="../../ui/rules/RulesPage.ui" line="-282"/>
        <source>Versions and new version</source>
        <translation>Versies en nieuwe versie</translation>
    </message>
</context>
<context>
    <name>vangnet::SealedColumn</name>
    <message>
        <location filename="../../src/core/storage/SealedColumns.cpp" line="+43"/>
        <source>[sealed: not readable with your keys]</source>
        <translation>[versleuteld: niet leesbaar met uw sleutels]</translation>
    </message>
</context>
<context>
    <name>vangnet::ServerLogins</name>
    <message>
        <location filename="../../src/core/server/ServerLogins.cpp" line="+28"/>
        <source>Not connected to a team server</source>
        <translation>Niet verbonden met een teamserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s password for %1 could not be made: %2</source>
        <translation>Het serverwachtwoord voor %1 kon niet worden gemaakt: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::Session</name>
    <message>
        <location filename="../../src/core/security/Session.cpp" line="+39"/>
        <source>Your role (%1) does not allow this.</source>
        <translation>Uw rol (%1) staat dit niet toe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This household belongs to another team; you have no access to it.</source>
        <translation>Dit huishouden hoort bij een ander team; u hebt er geen toegang toe.</translation>
    </message>
</context>
<context>
    <name>vangnet::SessionWatch</name>
    <message>
        <location filename="../../src/app/security/SessionWatch.cpp" line="+38"/>
        <source>Your account was disabled by the administrator. You have been logged out.</source>
        <translation>Uw account is door de beheerder uitgeschakeld. U bent afgemeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator changed your role or team. Log in again to continue with your new rights.</source>
        <translation>De beheerder heeft uw rol of team gewijzigd. Meld u opnieuw aan om verder te werken met uw nieuwe rechten.</translation>
    </message>
</context>
<context>
    <name>vangnet::SharedKey</name>
    <message>
        <location filename="../../src/core/security/SharedKey.cpp" line="+96"/>
        <source>The key %1 given to this account does not open: it was made for another account or password, or altered.</source>
        <translation>De aan dit account gegeven sleutel %1 gaat niet open: hij is gemaakt voor een ander account of wachtwoord, of gewijzigd.</translation>
    </message>
</context>
<context>
    <name>vangnet::SignalEntryDialog</name>
    <message>
        <location filename="../../ui/signals/SignalEntryDialog.ui" line="+14"/>
        <source>Add early signal</source>
        <translation>Vroegsignaal toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member the signal is about</source>
        <translation>Lid waarover het signaal gaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Partner type:</source>
        <translation>Soort &amp;signaalpartner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner type</source>
        <translation>Soort signaalpartner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner &amp;name:</source>
        <translation>&amp;Naam signaalpartner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner name</source>
        <translation>Naam signaalpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Woonstichting Zonnehof</source>
        <translation>bijv. Woonstichting Zonnehof</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signal date:</source>
        <translation>Signaal&amp;datum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Arrears since:</source>
        <translation>&amp;Achterstand sinds:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arrears since</source>
        <translation>Achterstand sinds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DD-MM-YYYY, if known</source>
        <translation>DD-MM-JJJJ, indien bekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount in euros</source>
        <translation>Bedrag in euro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1.234,56</source>
        <translation>bijv. 1.234,56</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crisis signal</source>
        <translation>Crisissignaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Crisis (threatened eviction or disconnection)</source>
        <translation>&amp;Crisis (dreigende uitzetting of afsluiting)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warm handover: the partner is already in contact</source>
        <translation>&amp;Warme overdracht: de partner heeft al contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is wrong with the entry</source>
        <translation>Wat er mis is met de invoer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/signals/SignalEntryDialog.cpp" line="+31"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the signal date as DD-MM-YYYY.</source>
        <translation>Schrijf de signaaldatum als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the date the arrears arose as DD-MM-YYYY, or leave it empty.</source>
        <translation>Schrijf de datum waarop de achterstand ontstond als DD-MM-JJJJ, of laat het veld leeg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the amount in euros, e.g. 1.234,56.</source>
        <translation>Schrijf het bedrag in euro, bijv. 1.234,56.</translation>
    </message>
</context>
<context>
    <name>vangnet::SignalQuery</name>
    <message>
        <location filename="../../src/core/signals/SignalQuery.cpp" line="+19"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated</source>
        <translation>herhaald</translation>
    </message>
</context>
<context>
    <name>vangnet::SignalStatusDialog</name>
    <message>
        <location filename="../../src/app/cases/SignalStatusDialog.cpp" line="+22"/>
        <location line="+1"/>
        <source>Status for the partner</source>
        <translation>Status voor de partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the signal partner hears back about this signal (%1), while the case goes on. Closing the case later keeps it.</source>
        <translation>Wat de signaalpartner over dit signaal terughoort (%1), terwijl de zaak doorloopt. Als de zaak later wordt afgesloten, blijft het staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this signal</source>
        <translation>Over dit signaal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signal status</source>
        <translation>Signaalstatus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the status was not saved</source>
        <translation>Waarom de status niet is opgeslagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal &amp;reason:</source>
        <translation>Interne &amp;reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decided on:</source>
        <translation>&amp;Besloten op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>vangnet::SignalsPage</name>
    <message>
        <location filename="../../ui/signals/SignalsPage.ui" line="+11"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Signaalpartner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partner type</source>
        <translation>Soort signaalpartner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signal date from</source>
        <translation>Signaaldatum vanaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signal date to</source>
        <translation>Signaaldatum tot en met</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/signals/SignalsPage.cpp" line="+56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;District:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/app/signals/SignalsPage.cpp" line="-1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list to CSV or Excel</source>
        <translation>Deze lijst exporteren naar CSV of Excel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Early signals of your team, newest first</source>
        <translation>Vroegsignalen van uw team, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the signals</source>
        <translation>Signalen worden geladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of signals shown</source>
        <translation>Aantal getoonde signalen</translation>
    </message>
    <message>
        <location filename="../../src/app/signals/SignalsPage.cpp" line="-20"/>
        <source>All partners</source>
        <translation>Alle signaalpartners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Signaalpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The newest %1 of %2 signals; narrow the filters to see the rest.</source>
        <translation>De nieuwste %1 van %2 signalen; verfijn de filters om de rest te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Partner types</source>
        <translation>Soorten signaalpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses</source>
        <translation>Statussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
</context>
<context>
    <name>vangnet::SubjectAccessDialog</name>
    <message>
        <location filename="../../ui/subjectaccess/SubjectAccessDialog.ui" line="+14"/>
        <location line="+3"/>
        <source>Subject access export</source>
        <translation>Inzageverzoek exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this export</source>
        <translation>Over deze export</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Request reference:</source>
        <translation>&amp;Kenmerk van het verzoek:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request reference</source>
        <translation>Kenmerk van het verzoek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number of the request; no personal data</source>
        <translation>Zaaknummer van het verzoek; geen persoonsgegevens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dialog buttons</source>
        <translation>Knoppen van het venster</translation>
    </message>
    <message>
        <location filename="../../src/app/subjectaccess/SubjectAccessDialog.cpp" line="+16"/>
        <source>Export everything Vangnet holds about %1, to answer their subject access request. The export is recorded in the audit log with the request reference.</source>
        <translation>Alles exporteren wat Vangnet over %1 vastlegt, om het inzageverzoek te beantwoorden. De export wordt met het kenmerk van het verzoek vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF, to hand to the resident</source>
        <translation>Pdf, om aan de inwoner te geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, machine-readable</source>
        <translation>JSON, machineleesbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>vangnet::SubjectAccessDocument</name>
    <message>
        <location filename="../../src/core/subjectaccess/SubjectAccessDocument.cpp" line="+20"/>
        <location line="+190"/>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Your personal details</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+52"/>
        <source>Your household</source>
        <translation>Uw huishouden</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>About this overview</source>
        <translation>Over dit overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You asked which personal data about you the municipality records. This overview contains everything the homelessness-prevention team holds about you in Vangnet, its case-management system, at the moment it was produced. Data of the other members of your household are shown only as far as needed to understand yours: their role and name.</source>
        <translation>U hebt gevraagd welke persoonsgegevens de gemeente over u vastlegt. Dit overzicht bevat alles wat het team voor preventie van dakloosheid over u bijhoudt in Vangnet, het registratiesysteem van het team, op het moment dat het overzicht is gemaakt. Gegevens van de andere leden van uw huishouden staan er alleen in voor zover dat nodig is om de uwe te begrijpen: hun rol en naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request reference</source>
        <translation>Kenmerk van het verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the household</source>
        <translation>Rol in het huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household number</source>
        <translation>Huishoudnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other member</source>
        <translation>Ander lid van het huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other members are registered in your household.</source>
        <translation>Er zijn geen andere leden van uw huishouden geregistreerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes about your household</source>
        <translation>Notities over uw huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location line="+67"/>
        <location line="+30"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+87"/>
        <location line="+29"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>There are no notes.</source>
        <translation>Er zijn geen notities.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Who viewed or changed your data</source>
        <translation>Wie uw gegevens heeft bekeken of gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vangnet records every time an employee opens, changes or exports your household&apos;s file, and every attempt that was refused. Employees are named by their user name.</source>
        <translation>Vangnet legt elke keer vast dat een medewerker het dossier van uw huishouden opent, wijzigt of exporteert, en elke poging die is geweigerd. Medewerkers staan erin met hun gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerning</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been recorded.</source>
        <translation>Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject access overview</source>
        <translation>Overzicht inzageverzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data of %1, born %2</source>
        <translation>Persoonsgegevens van %1, geboren %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference %1 · produced %2</source>
        <translation>Kenmerk %1 · gemaakt op %2</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Signals about you</source>
        <translation>Signalen over u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations you owe money to (such as your landlord, energy supplier or health insurer) report arrears to the municipality, so that it can offer help early (Wet gemeentelijke schuldhulpverlening). Institutions report when you are about to leave them.</source>
        <translation>Organisaties bij wie u een betalingsachterstand hebt (zoals uw verhuurder, energieleverancier of zorgverzekeraar) melden die aan de gemeente, zodat die vroeg hulp kan aanbieden (Wet gemeentelijke schuldhulpverlening). Instellingen melden wanneer u binnenkort vertrekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No early signals about you were received.</source>
        <translation>Er zijn geen vroegsignalen over u ontvangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shelter</source>
        <translation>Onderdak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No discharge notices about you were received.</source>
        <translation>Er zijn geen uitstroommeldingen over u ontvangen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flags: when the signals called for attention</source>
        <translation>Signaleringen: wanneer de signalen om aandacht vroegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules set by the municipality point out when signals together call for attention, for example arrears with two organisations within three months. A flag asks an employee to look; it decides nothing by itself.</source>
        <translation>Regels die de gemeente vaststelt wijzen erop wanneer signalen samen om aandacht vragen, bijvoorbeeld achterstanden bij twee organisaties binnen drie maanden. Een signalering vraagt een medewerker om te kijken; zelf beslist zij niets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raised</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Signalering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No flags were raised on signals about you.</source>
        <translation>Op signalen over u zijn geen signaleringen gegeven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved on %1</source>
        <translation>vervallen op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set aside on %1</source>
        <translation>afgewezen op %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Your case</source>
        <translation>Uw zaak</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Your case: what the municipality did</source>
        <translation>Uw zaak: wat de gemeente deed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When signals call for it, an employee opens a case: they try to contact you, may keep a plan with you, and close the case with an outcome.</source>
        <translation>Als signalen daar aanleiding toe geven, opent een medewerker een zaak: hij of zij probeert contact met u te krijgen, maakt misschien samen met u een plan en sluit de zaak af met een resultaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case was opened about you.</source>
        <translation>Er is geen zaak over u geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal reason</source>
        <translation>Interne reden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact attempts were recorded.</source>
        <translation>Er zijn geen contactpogingen vastgelegd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no plan of action.</source>
        <translation>Er is geen plan van aanpak.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no notes on this case.</source>
        <translation>Er zijn geen notities bij deze zaak.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How well you manage: ZRM scores</source>
        <translation>Hoe zelfredzaam u bent: ZRM-scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An employee may score how well you manage on your own in each area of life, from 1 (acute problems) to 5 (fully self-sufficient), with the Zelfredzaamheid-Matrix (ZRM). These are the scores about you or about your household as a whole.</source>
        <translation>Een medewerker kan met de Zelfredzaamheid-Matrix (ZRM) per levensdomein scoren hoe goed u zich zelf redt, van 1 (acute problematiek) tot 5 (volledig zelfredzaam). Dit zijn de scores over u of over uw huishouden als geheel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No scores were recorded.</source>
        <translation>Er zijn geen scores vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, scored by %2 (%3)%4</source>
        <translation>%1, gescoord door %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, for the household as a whole</source>
        <translation>, voor het huishouden als geheel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area of life</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>vangnet::SubjectAccessExport</name>
    <message>
        <location filename="../../src/app/subjectaccess/SubjectAccessExport.cpp" line="+29"/>
        <source>Subject access export</source>
        <translation>Inzageverzoek exporteren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save subject access export</source>
        <translation>Inzage-export opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was saved as %1.</source>
        <translation>De export is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>vangnet::SubjectAccessJsonWriter</name>
    <message>
        <location filename="../../src/core/subjectaccess/SubjectAccessJsonWriter.cpp" line="+196"/>
        <source>The export could not be written: %1</source>
        <translation>De export kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::SubjectAccessService</name>
    <message>
        <location filename="../../src/core/subjectaccess/SubjectAccessService.cpp" line="+53"/>
        <location line="+37"/>
        <source>There is no person with number %1.</source>
        <translation>Er is geen persoon met nummer %1.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter the reference of the request (for example its case number).</source>
        <translation>Vul het kenmerk van het verzoek in (bijvoorbeeld het zaaknummer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference is too long (at most %1 characters).</source>
        <translation>Het kenmerk is te lang (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The person was moved meanwhile; try again.</source>
        <translation>De persoon is intussen naar een ander huishouden verplaatst; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::SummaryProfileDialog</name>
    <message>
        <location filename="../../src/app/summary/SummaryProfileDialog.cpp" line="+17"/>
        <source>Export summaries</source>
        <translation>Samenvattingen exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print summary</source>
        <translation>Samenvatting afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who the summary is for</source>
        <translation>Kies voor wie de samenvatting is</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Who are the %n summaries for?</source>
        <translation>
            <numerusform>Voor wie is de samenvatting?</numerusform>
            <numerusform>Voor wie zijn de %n samenvattingen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is the summary for?</source>
        <translation>Voor wie is de samenvatting?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;The team (intern): complete, BSN masked as on screen</source>
        <translation>&amp;Het team (intern): volledig, BSN afgeschermd zoals op het scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the team: the complete summary</source>
        <translation>Voor het team: de volledige samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;partner organisation: without BSN, notes, health, addiction or detention details</source>
        <translation>Een &amp;ketenpartner: zonder BSN, notities en gegevens over gezondheid, verslaving of detentie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a partner organisation: the minimised summary</source>
        <translation>Voor een ketenpartner: de beperkte samenvatting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with this profile</source>
        <translation>Verder met dit profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>vangnet::UserDialog</name>
    <message>
        <location filename="../../ui/users/UserDialog.ui" line="+14"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Initial password</source>
        <translation>Eerste wachtwoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat password</source>
        <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Actief (mag inloggen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the user</source>
        <translation>De gebruiker wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/app/users/UserDialog.cpp" line="+26"/>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user %1</source>
        <translation>Gebruiker %1 wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save user</source>
        <translation>Gebruiker opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enter a user name.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the full name.</source>
        <translation>Vul de volledige naam in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the team this %1 works in.</source>
        <translation>Kies het team waarin deze %1 werkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>vangnet::UserListModel</name>
    <message>
        <location filename="../../src/app/users/UserListModel.cpp" line="+34"/>
        <source>No team</source>
        <translation>Geen team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No (disabled)</source>
        <translation>Nee (uitgeschakeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked out</source>
        <translation>Tijdelijk geblokkeerd</translation>
    </message>
</context>
<context>
    <name>vangnet::UserRepository</name>
    <message>
        <location filename="../../src/core/users/UserRepository.cpp" line="+50"/>
        <source>User %1 does not exist</source>
        <translation>Gebruiker %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>User %1 was changed by someone else since you opened it. Your changes were not saved.</source>
        <translation>Gebruiker %1 is door iemand anders gewijzigd nadat u deze opende. Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/core/users/AuthService.cpp" line="-263"/>
        <location filename="../../src/core/users/UserRepository.cpp" line="+44"/>
        <source>This account has no key slot; ask the administrator to reset the password</source>
        <translation>Dit account heeft geen sleutelkluis; vraag de functioneel beheerder het wachtwoord opnieuw in te stellen</translation>
    </message>
</context>
<context>
    <name>vangnet::UsersPage</name>
    <message>
        <location filename="../../ui/users/UsersPage.ui" line="+19"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit user</source>
        <translation>Gebruiker wijzigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;team…</source>
        <translation>Nieuw &amp;team…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/app/users/UsersPage.cpp" line="+156"/>
        <location line="+2"/>
        <location line="+10"/>
        <source>New team</source>
        <translation>Nieuw team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate team &amp;key…</source>
        <translation>Team&amp;sleutel vernieuwen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate team key</source>
        <translation>Teamsleutel vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key for a team&apos;s protected fields, after a member left</source>
        <translation>Een nieuwe sleutel voor de beschermde velden van een team, nadat een lid vertrok</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../src/app/users/UsersPage.cpp" line="-114"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/users/UsersPage.cpp" line="+6"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n gebruiker</numerusform>
            <numerusform>%n gebruikers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rotate team key?</source>
        <translation>Teamsleutel vernieuwen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer works in %2, but may have kept a copy of the team&apos;s key. Make a new key now, so the old one opens nothing? A member of %2 confirms with their password.</source>
        <translation>%1 werkt niet meer in %2, maar kan een kopie van de sleutel van het team hebben bewaard. Nu een nieuwe sleutel maken, zodat de oude niets meer opent? Een lid van %2 bevestigt met zijn wachtwoord.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team key rotated</source>
        <translation>Teamsleutel vernieuwd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Key version %1 is in use: %n field(s) sealed again, given to the team&apos;s members.</source>
        <translation>
            <numerusform>Sleutelversie %1 is in gebruik: %n veld opnieuw versleuteld, gegeven aan de leden van het team.</numerusform>
            <numerusform>Sleutelversie %1 is in gebruik: %n velden opnieuw versleuteld, gegeven aan de leden van het team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name of the new team:</source>
        <translation>Naam van het nieuwe team:</translation>
    </message>
</context>
<context>
    <name>vangnet::WorkQueueModel</name>
    <message>
        <location filename="../../src/app/cases/WorkQueueModel.cpp" line="+128"/>
        <source>Statutory term overdue · %1</source>
        <translation>Wettelijke termijn verlopen · %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Started %2, due %3
%4</source>
        <translation>%1
Gestart %2, uiterlijk %3
%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statutory term (Wgs art. 4) is overdue: this line comes before every priority.</source>
        <translation>Een wettelijke termijn (Wgs art. 4) is verlopen: deze regel gaat vóór elke prioriteit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority %1 in the team: %2</source>
        <translation>Prioriteit %1 in het team: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most severe flag</source>
        <translation>Zwaarste signalering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Status zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most urgent deadline that is not met yet</source>
        <translation>De dringendste termijn die nog niet is gehaald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open signals</source>
        <translation>Open signalen</translation>
    </message>
</context>
<context>
    <name>vangnet::WorkQueuePage</name>
    <message>
        <location filename="../../ui/cases/WorkQueuePage.ui" line="+11"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole team&apos;s work</source>
        <translation>Het werk van het hele team tonen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my work</source>
        <translation>Mijn werk tonen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show work nobody has yet</source>
        <translation>Werk tonen dat nog niemand heeft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minimum severity</source>
        <translation>Minimale ernst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Overdue only</source>
        <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only work with an overdue deadline</source>
        <translation>Alleen werk met een termijn die te laat is</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the work queue</source>
        <translation>De werkvoorraad wordt geladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines shown</source>
        <translation>Getoonde regels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the work queue again</source>
        <translation>De werkvoorraad opnieuw laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work queue, most urgent first</source>
        <translation>Werkvoorraad, dringendste eerst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Take</source>
        <translation>&amp;Oppakken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the selected household: its case becomes yours</source>
        <translation>Het gekozen huishouden oppakken: de zaak wordt van u</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Assign…</source>
        <translation>Toe&amp;wijzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign the selected households to a caseworker</source>
        <translation>De gekozen huishoudens aan een consulent toewijzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Contact attempt…</source>
        <translation>&amp;Contactpoging…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact attempt for the selected household</source>
        <translation>Een contactpoging vastleggen voor het gekozen huishouden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;case</source>
        <translation>&amp;Zaak openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the case of the selected household</source>
        <translation>De zaak van het gekozen huishouden openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list to CSV or Excel</source>
        <translation>Deze lijst exporteren naar CSV of Excel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What happened to the last action</source>
        <translation>Wat er met de laatste handeling gebeurde</translation>
    </message>
    <message>
        <location filename="../../src/app/cases/WorkQueuePage.cpp" line="+60"/>
        <source>All severities</source>
        <translation>Alle ernstniveaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 or higher</source>
        <translation>%1 of hoger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severities</source>
        <translation>Ernstniveaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The work queue could not be loaded: %1</source>
        <translation>De werkvoorraad kon niet worden geladen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>First %n line(s); loading the rest…</source>
        <translation>
            <numerusform>Eerste %n regel; de rest wordt geladen…</numerusform>
            <numerusform>Eerste %n regels; de rest wordt geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team (%1)</source>
        <translation>Team (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine (%1)</source>
        <translation>Van mij (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned (%1)</source>
        <translation>Niet toegewezen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only (%1)</source>
        <translation>Alleen &amp;te laat (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) of %1</source>
        <translation>
            <numerusform>%n regel van %1</numerusform>
            <numerusform>%n regels van %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 is yours now (case %2).</source>
        <translation>%1 is nu van u (zaak %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has no case yet. Open a case, take it, and log the contact attempt on it?</source>
        <translation>%1 heeft nog geen zaak. Een zaak openen, oppakken en de contactpoging daarin vastleggen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has the case of %1 yet. Take it and log the contact attempt on it?</source>
        <translation>Niemand heeft de zaak van %1 nog. Oppakken en de contactpoging daarin vastleggen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact attempt for %1 (case %2, assigned to %3).</source>
        <translation>Contactpoging voor %1 (zaak %2, toegewezen aan %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact attempt for %1 (case %2).</source>
        <translation>Contactpoging voor %1 (zaak %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact attempt logged for %1.</source>
        <translation>Contactpoging vastgelegd voor %1.</translation>
    </message>
</context>
<context>
    <name>vangnet::ZrmDialog</name>
    <message>
        <location filename="../../ui/zrm/ZrmDialog.ui" line="+6"/>
        <source>Self-sufficiency matrix (ZRM)</source>
        <translation>Zelfredzaamheid-Matrix (ZRM)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which household is assessed</source>
        <translation>Welk huishouden wordt gescoord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date of the assessment</source>
        <translation>Datum van de meting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assessed:</source>
        <translation>&amp;Gescoord:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who is assessed: the household or one member</source>
        <translation>Wie wordt gescoord: het huishouden of één lid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessor:</source>
        <translation>Beoordelaar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Scores per domain</source>
        <translation>Scores per domein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the assessment cannot be saved</source>
        <translation>Waarom de meting niet kan worden opgeslagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save or cancel</source>
        <translation>Opslaan of annuleren</translation>
    </message>
    <message>
        <location filename="../../src/app/zrm/ZrmDialog.cpp" line="+18"/>
        <source>Score how self-sufficient %1 is now, per domain. Leave a domain &quot;not scored&quot; when you cannot judge it; the rules read the latest score of each domain.</source>
        <translation>Scoor per domein hoe zelfredzaam %1 nu is. Laat een domein op &quot;niet gescoord&quot; staan als u het niet kunt beoordelen; de signaalregels lezen de laatste score van elk domein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The household as a whole</source>
        <translation>Het huishouden als geheel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ZRM score for %1</source>
        <translation>ZRM-score voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the assessment</source>
        <translation>De meting opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>vangnet::ZrmHistoryWidget</name>
    <message>
        <location filename="../../ui/zrm/ZrmHistoryWidget.ui" line="+21"/>
        <location filename="../../src/app/zrm/ZrmHistoryWidget.cpp" line="+138"/>
        <source>No ZRM assessment yet.</source>
        <translation>Nog geen ZRM-meting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ZRM assessments, newest first, with the score of each domain</source>
        <translation>ZRM-metingen, nieuwste eerst, met de score van elk domein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Chart of domain:</source>
        <translation>&amp;Grafiek van domein:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain shown in the chart</source>
        <translation>Domein in de grafiek</translation>
    </message>
    <message>
        <location filename="../../src/app/zrm/ZrmHistoryWidget.cpp" line="-102"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Gescoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scored by %1 with the %2</source>
        <translation>Gescoord door %1 met de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not scored</source>
        <translation>%1: niet gescoord</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZRM %1: not scored</source>
        <translation>ZRM %1: niet gescoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZRM %1</source>
        <translation>ZRM %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the ZRM scores for %1 over time</source>
        <translation>Grafiek van de ZRM-scores voor %1 door de tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored yet.</source>
        <translation>Nog niet gescoord.</translation>
    </message>
</context>
<context>
    <name>vangnet::ZrmService</name>
    <message>
        <location filename="../../src/core/zrm/ZrmService.cpp" line="+69"/>
        <source>Score at least one domain.</source>
        <translation>Scoor ten minste één domein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a domain of the ZRM.</source>
        <translation>&apos;%1&apos; is geen domein van de ZRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score for %1 must be 1 to 5, not %2.</source>
        <translation>De score voor %1 moet 1 tot en met 5 zijn, niet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date of the assessment.</source>
        <translation>Vul de datum van de meting in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the assessment (%1) is after today; score what you have seen.</source>
        <translation>De datum van de meting (%1) ligt na vandaag; scoor wat u hebt gezien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person assessed is not a member of this household.</source>
        <translation>De gescoorde persoon hoort niet bij dit huishouden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case is not one of this household.</source>
        <translation>De zaak hoort niet bij dit huishouden.</translation>
    </message>
</context>
<context>
    <name>vangnet::cases</name>
    <message>
        <location filename="../../src/core/cases/CaseVocabulary.cpp" line="+21"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for resident</source>
        <translation>Wacht op inwoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>From a flag</source>
        <translation>Vanuit een signalering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a signal</source>
        <translation>Vanuit een signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a discharge notice</source>
        <translation>Vanuit een uitstroommelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by hand</source>
        <translation>Handmatig geopend</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Identity document</source>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Onderdak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../src/core/cases/CaseType.cpp" line="+20"/>
        <source>Early signal</source>
        <translation>Vroegsignaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for debt help</source>
        <translation>Hulpvraag schuldhulpverlening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Eviction</source>
        <translation>Ontruiming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnection of energy</source>
        <translation>Afsluiting energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnection of water</source>
        <translation>Afsluiting water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination of the health insurance</source>
        <translation>Opzegging zorgverzekering</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Admitted</source>
        <translation>Toelating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Afwijzing</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::CaseRepository</name>
    <message>
        <location filename="../../src/core/cases/CaseRepository.cpp" line="+76"/>
        <source>This case or entry no longer exists.</source>
        <translation>Deze zaak of dit onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Case %1 does not exist.</source>
        <translation>Zaak %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 changed this case since you opened it. Nothing was saved; what you entered is still here. Reload the case to see the change, then try again.</source>
        <translation>%1 heeft deze zaak gewijzigd nadat u hem opende. Er is niets opgeslagen; wat u invoerde staat er nog. Laad de zaak opnieuw om de wijziging te zien en probeer het dan nog eens.</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::CaseService</name>
    <message>
        <location filename="../../src/core/cases/CaseRecords.cpp" line="+30"/>
        <location filename="../../src/core/cases/CaseRequests.cpp" line="+79"/>
        <source>This case is closed. Reopen it to add to it.</source>
        <translation>Deze zaak is afgesloten. Heropen de zaak om er iets aan toe te voegen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose how contact was attempted (letter, phone, home visit, …).</source>
        <translation>Kies hoe contact is gezocht (brief, telefoon, huisbezoek, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a part of the day (Ochtend, Middag, Avond).</source>
        <translation>&quot;%1&quot; is geen dagdeel (Ochtend, Middag, Avond).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date of the contact attempt.</source>
        <translation>Vul de datum van de contactpoging in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact attempt is dated %1, which is in the future.</source>
        <translation>De contactpoging heeft datum %1; die ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A note cannot be empty.</source>
        <translation>Een notitie mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what the reminder is about.</source>
        <translation>Vul in waar de herinnering over gaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the reminder.</source>
        <translation>Vul de datum van de herinnering in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reminder is for someone of the household&apos;s team.</source>
        <translation>Een herinnering is voor iemand van het team van het huishouden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Describe the goal.</source>
        <translation>Beschrijf het doel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal cannot belong to another goal.</source>
        <translation>Een doel kan niet bij een ander doel horen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen goal is not part of this case&apos;s plan.</source>
        <translation>Het gekozen doel hoort niet bij het plan van deze zaak.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The date done (%1) is in the future.</source>
        <translation>De datum gereed (%1) ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&quot;%1&quot; is not one of the five basic conditions.</source>
        <translation>&quot;%1&quot; is geen van de vijf basisvoorwaarden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The condition is dated %1, which is in the future.</source>
        <translation>De basisvoorwaarde is gedateerd op %1, en dat ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signal %1 is not an open signal of this case.</source>
        <translation>Signaal %1 is geen open signaal van deze zaak.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a state a caseworker sets: a notice is discharged from its date on, and superseded by a newer notice.</source>
        <translation>&quot;%1&quot; is geen status die een consulent instelt: een melding is uitgestroomd vanaf haar datum, en vervangen door een nieuwere melding.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discharge notice %1 is not linked to this case.</source>
        <translation>Uitstroommelding %1 hoort niet bij deze zaak.</translation>
    </message>
    <message>
        <location filename="../../src/core/cases/CaseService.cpp" line="+65"/>
        <source>Case %1 does not exist.</source>
        <translation>Zaak %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This household already has an open case (%1). Work on that case, or close it first.</source>
        <translation>Dit huishouden heeft al een open zaak (%1). Werk in die zaak, of sluit die eerst af.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This flag is no longer open.</source>
        <translation>Deze signalering is niet meer open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signal %1 does not exist.</source>
        <translation>Signaal %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discharge notice %1 does not exist.</source>
        <translation>Uitstroommelding %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+196"/>
        <source>%1 already works on this case.</source>
        <translation>%1 werkt al aan deze zaak.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Closing a case needs an outcome: use Close case.</source>
        <translation>Voor afsluiten is een eindresultaat nodig: gebruik Zaak afsluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Een zaak kan niet van &quot;%1&quot; naar &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/core/cases/CaseClosing.cpp" line="+34"/>
        <source>This case is already closed.</source>
        <translation>Deze zaak is al afgesloten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome (eindresultaat) to close the case.</source>
        <translation>Kies het eindresultaat om de zaak af te sluiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an outcome of the DDAS list.</source>
        <translation>&quot;%1&quot; is geen eindresultaat uit de DDAS-lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the case was closed.</source>
        <translation>Vul de datum in waarop de zaak is afgesloten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closing date %1 is in the future.</source>
        <translation>De afsluitdatum %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing date %1 is before the case was opened (%2).</source>
        <translation>De afsluitdatum %1 ligt vóór de opening van de zaak (%2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Closing this case needs your confirmation: %1</source>
        <translation>Deze zaak afsluiten vraagt om je bevestiging: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not a signal status of the DDAS list; use one of: %2.</source>
        <translation>&quot;%1&quot; is geen signaalstatus uit de DDAS-lijst; gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an internal reason; use one of: %2.</source>
        <translation>&quot;%1&quot; is geen interne reden; gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An internal reason goes with a signal that is not taken up.</source>
        <translation>Een interne reden hoort bij een signaal dat niet is opgepakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date %1 is in the future.</source>
        <translation>De datum %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date %1 is before the case was opened (%2).</source>
        <translation>De datum %1 ligt voor de opening van de zaak (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signal %1 of this case has no status of its own to undo.</source>
        <translation>Signaal %1 van deze zaak heeft geen eigen status om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signal %1 is not linked to this case.</source>
        <translation>Signaal %1 is niet aan deze zaak gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../src/core/cases/CaseService.cpp" line="+73"/>
        <source>Only an active caseworker or team lead of the household&apos;s team can get this case.</source>
        <translation>Alleen een actieve consulent of teamleider van het team van het huishouden kan deze zaak krijgen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A closed case takes no new signals; reopen it or open a new case.</source>
        <translation>Een afgesloten zaak krijgt geen nieuwe signalen; heropen de zaak of open een nieuwe.</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::ClosingRules</name>
    <message>
        <location filename="../../src/core/cases/ClosingRules.cpp" line="+72"/>
        <source>&quot;%1&quot; says the resident was spoken to, but the case has no reached contact attempt (an administrative one does not count). Record the contact first, or choose another outcome.</source>
        <translation>&quot;%1&quot; zegt dat er met de inwoner is gesproken, maar de zaak heeft geen contactpoging waarbij de inwoner is bereikt (een administratieve telt niet). Leg eerst het contact vast, of kies een ander eindresultaat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot close a case with a reached contact attempt: the resident was spoken to. Choose the outcome of that contact.</source>
        <translation>&quot;%1&quot; kan een zaak met een geslaagde contactpoging niet afsluiten: er is met de inwoner gesproken. Kies het resultaat van dat contact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an internal reason; use one of: %2.</source>
        <translation>&quot;%1&quot; is geen interne reden; gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An internal reason says why a signal was not taken up; &quot;%1&quot; is not such an outcome.</source>
        <translation>Een interne reden zegt waarom een signaal niet is opgepakt; &quot;%1&quot; is niet zo&apos;n eindresultaat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case has %1 reached contacts, yet the outcome says the signal was wrong (onterecht). Is that what happened?</source>
        <translation>De zaak heeft %1 geslaagde contacten, maar het eindresultaat zegt dat het signaal onterecht was. Klopt dat?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact attempt was recorded, and the outcome is &quot;%1&quot;. Is there no attempt to record first?</source>
        <translation>Er is geen contactpoging vastgelegd en het eindresultaat is &quot;%1&quot;. Is er geen poging om eerst vast te leggen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 attempt(s) to reach the resident were recorded; &quot;no contact&quot; usually follows %2 or more.</source>
        <translation>Er zijn maar %1 poging(en) vastgelegd om de inwoner te bereiken; &quot;geen contact&quot; volgt meestal na %2 of meer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outcome says the referral was made without contact, but the case has a reached contact attempt.</source>
        <translation>Het eindresultaat zegt dat de verwijzing zonder contact is gedaan, maar de zaak heeft een geslaagde contactpoging.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every signal of this case was marked as not taken up on its own, yet the outcome says help was taken up.</source>
        <translation>Elk signaal van deze zaak is afzonderlijk als niet opgepakt gemarkeerd, maar het eindresultaat zegt dat er hulp is opgepakt.</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::HelpRequest</name>
    <message>
        <location filename="../../src/core/cases/HelpRequest.cpp" line="+27"/>
        <source>This case is not a request for debt help: register the request (aanmelding) first.</source>
        <translation>Deze zaak is geen hulpvraag schuldhulpverlening: registreer eerst de hulpvraag (aanmelding).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the request for help was registered.</source>
        <translation>Geef de datum waarop de hulpvraag is aangemeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is dated %1, which is in the future.</source>
        <translation>De hulpvraag is gedateerd op %1, dat ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a crisis intervention (eviction, disconnection of energy or water, termination of the health insurance).</source>
        <translation>&quot;%1&quot; is geen crisisinterventie (ontruiming, afsluiting van energie of water, opzegging van de zorgverzekering).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first conversation is dated %1, which is in the future.</source>
        <translation>Het eerste gesprek is gedateerd op %1, dat ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first conversation (%1) is before the request was registered (%2).</source>
        <translation>Het eerste gesprek (%1) ligt vóór de aanmelding van de hulpvraag (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say whether the decision admits the resident or refuses.</source>
        <translation>Geef aan of de beschikking de inwoner toelaat of afwijst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date of the decision.</source>
        <translation>Geef de datum van de beschikking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a decision: toelating or afwijzing.</source>
        <translation>&quot;%1&quot; is geen beschikking: toelating of afwijzing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision is dated %1, which is in the future.</source>
        <translation>De beschikking is gedateerd op %1, dat ligt in de toekomst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the first conversation before the decision: the decision term runs from it.</source>
        <translation>Leg eerst het eerste gesprek vast: de beslistermijn loopt vanaf dat gesprek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision (%1) is before the first conversation (%2).</source>
        <translation>De beschikking (%1) ligt vóór het eerste gesprek (%2).</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::InternalReason</name>
    <message>
        <location filename="../../src/core/cases/InternalReason.cpp" line="+28"/>
        <source>In detention</source>
        <translation>In detentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the exclusion list (not to be approached)</source>
        <translation>Op de uitsluitingslijst (niet benaderen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address unknown</source>
        <translation>Adres onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved out of the municipality</source>
        <translation>Verhuisd buiten de gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in debt counselling</source>
        <translation>Al in schuldhulpverlening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under financial administration (bewind)</source>
        <translation>Onder bewind (beschermingsbewind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in another support programme</source>
        <translation>Al in een ander hulptraject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrear already paid or arranged</source>
        <translation>Achterstand al betaald of geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same arrear signalled again</source>
        <translation>Zelfde achterstand opnieuw gesignaleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
</context>
<context>
    <name>vangnet::cases::QueueText</name>
    <message>
        <location filename="../../src/core/cases/QueueText.cpp" line="+9"/>
        <source>No flag</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discharge notice not taken up yet (no rule flags it)</source>
        <translation>Uitstroommelding nog niet opgepakt (geen regel signaleert het)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal not taken up yet (no rule flags it)</source>
        <translation>Signaal nog niet opgepakt (geen regel signaleert het)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n andere)</numerusform>
            <numerusform>%1 (+%n andere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case yet</source>
        <translation>Nog geen zaak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None running</source>
        <translation>Geen lopende termijn</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ArgumentReader</name>
    <message>
        <location filename="../../src/cli/ArgumentReader.cpp" line="+38"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>optie &apos;--%1&apos; heeft geen waarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>optie &apos;--%1&apos; heeft een waarde nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>onbekende optie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--%1 must be a positive whole number, not &apos;%2&apos;</source>
        <translation>--%1 moet een positief geheel getal zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--%1 must be a whole number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 moet een geheel getal van minstens %2 zijn, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 vraagt een datum als JJJJ-MM-DD, niet &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::AuditCheckpointCommand</name>
    <message>
        <location filename="../../src/cli/AuditCheckpointCommand.cpp" line="+14"/>
        <source>write down the audit log&apos;s head, to catch a rollback later (administrator)</source>
        <translation>leg de kop van het auditlog vast, om later een terugzetting te vinden (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME audit checkpoint [--append FILE]

Checks the audit log and prints one line with the database id, the number and hash of
its last record, the time and a seal made with a key only a logged-in user can derive.
Keep these lines away from the database (another machine, a daily scheduled job):
`audit verify --against FILE` then finds a log rolled back to an older copy or
rewritten since. Only an administrator (beheerder) may do this. Exit status: 0 written,
1 the log is not intact (nothing written), 2 could not run.

  --append FILE  append the line to FILE (created readable by its owner only)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM audit checkpoint [--append BESTAND]

Controleert het auditlog en toont één regel met de database-id, het nummer en de hash van
het laatste record, de tijd en een zegel met een sleutel die alleen een ingelogde gebruiker kan afleiden.
Bewaar deze regels buiten de database (een andere machine, een dagelijkse geplande taak):
`audit verify --against BESTAND` vindt dan een log dat is teruggezet naar een oudere kopie of
sindsdien herschreven. Alleen een beheerder mag dit. Afsluitcode: 0 geschreven,
1 het log is niet intact (niets geschreven), 2 kon niet uitvoeren.

  --append BESTAND  voeg de regel toe aan BESTAND (aangemaakt, alleen leesbaar voor de eigenaar)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: the checkpoint was not written: %2</source>
        <translation>%1: het controlepunt is niet geschreven: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkpoint at record %1 appended to %2.</source>
        <translation>Controlepunt bij record %1 toegevoegd aan %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::AuditListCommand</name>
    <message>
        <location filename="../../src/cli/AuditListCommand.cpp" line="+16"/>
        <source>list audit records, newest first (administrator)</source>
        <translation>auditrecords tonen, nieuwste eerst (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME audit list [--user NAME] [--household ID]
                   [--from DATE] [--to DATE] [--json]

Lists audit records, newest first. Only an administrator (beheerder) may do this.

  --user NAME     records of this user only
  --household ID  records about this household only
  --from DATE     from this day (YYYY-MM-DD, local time)
  --to DATE       up to and including this day
  --json          machine-readable: {&quot;records&quot;: [{id, at, actor, action, object_type,
                  object_id, result, host, os_user, reason, detail}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM audit list [--user NAAM] [--household ID]
                   [--from DATUM] [--to DATUM] [--json]

Toont auditrecords, nieuwste eerst. Alleen een beheerder mag dit.

  --user NAAM     alleen records van deze gebruiker
  --household ID  alleen records over dit huishouden
  --from DATUM    vanaf deze dag (JJJJ-MM-DD, lokale tijd)
  --to DATUM      tot en met deze dag
  --json          machineleesbaar: {&quot;records&quot;: [{id, at, actor, action, object_type,
                  object_id, result, host, os_user, reason, detail}]}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no user %1</source>
        <translation>Gebruiker %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::AuditVerifyCommand</name>
    <message>
        <location filename="../../src/cli/AuditVerifyCommand.cpp" line="+18"/>
        <source>check that the audit log was not altered (administrator)</source>
        <translation>controleren dat het auditlogboek niet is gewijzigd (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME audit verify [--against FILE [--last]] [--json]

Checks every audit record against its hash and seal and the chain between them:
altered, removed and inserted records, a wiped log and a removed tail are listed.
The log is checked as it is on disk, before this command&apos;s own login is recorded.
Only an administrator (beheerder) may do this. Exit status: 0 intact, 1 problems
found, 2 could not check.

  --against FILE  also compare with the checkpoints in FILE (made by `audit checkpoint`):
                  a log rolled back or rewritten since one of them is a problem; a
                  checkpoint of another database, or a forged one, is refused (exit 2)
  --last          only the last checkpoint in FILE
  --json          machine-readable: {&quot;checked&quot;: N, &quot;intact&quot;: true|false, &quot;problems&quot;: [...],
                  &quot;notes&quot;: [...], &quot;database&quot;: ID, &quot;seq&quot;: N, &quot;unsealed&quot;: N, &quot;checkpoints&quot;: N}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM audit verify [--against BESTAND [--last]] [--json]

Controleert elk auditrecord tegen zijn hash en zegel en de keten ertussen:
gewijzigde, verwijderde en ingevoegde records, een gewist log en een verwijderd eind worden genoemd.
Het log wordt gecontroleerd zoals het op schijf staat, voordat de eigen login van deze opdracht wordt vastgelegd.
Alleen een beheerder mag dit. Afsluitcode: 0 intact, 1 problemen
gevonden, 2 kon niet controleren.

  --against BESTAND  vergelijk ook met de controlepunten in BESTAND (gemaakt met `audit checkpoint`):
                     een log dat sinds een ervan is teruggezet of herschreven is een probleem; een
                     controlepunt van een andere database, of een vervalst, wordt geweigerd (code 2)
  --last             alleen het laatste controlepunt in BESTAND
  --json             machineleesbaar: {&quot;checked&quot;: N, &quot;intact&quot;: true|false, &quot;problems&quot;: [...],
                     &quot;notes&quot;: [...], &quot;database&quot;: ID, &quot;seq&quot;: N, &quot;unsealed&quot;: N, &quot;checkpoints&quot;: N}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read the checkpoints: %2</source>
        <translation>%1: de controlepunten zijn niet te lezen: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--last needs --against FILE</source>
        <translation>--last vraagt om --against BESTAND</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the audit log was not checked</source>
        <translation>het auditlog is niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Audit log intact: %1 records checked.</source>
        <translation>Auditlogboek intact: %1 records gecontroleerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log NOT intact: %1 records checked, %2 problems.</source>
        <translation>Auditlogboek NIET intact: %1 records gecontroleerd, %2 problemen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Compared with %n checkpoint(s).</source>
        <translation>
            <numerusform>Vergeleken met %n controlepunt.</numerusform>
            <numerusform>Vergeleken met %n controlepunten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::CaseCloseCommand</name>
    <message>
        <location filename="../../src/cli/CaseCloseCommand.cpp" line="+17"/>
        <source>close a case with its outcome (eindresultaat)</source>
        <translation>een zaak afsluiten met het eindresultaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case close ID OUTCOME [--on DATE]
                   [--reason KEY] [--note TEXT] [--confirm] [--json]

Closes case ID with OUTCOME, a value of the DDAS list EnumEindresultaat written as it is
(quote it: &quot;Niet opgepakt: herhaalde melding&quot;). The closing rules of docs/cases.md apply:
an outcome that says the resident was spoken to needs a reached contact attempt, &quot;Definitief
geen contact kunnen krijgen&quot; cannot close a case with one. What is a judgement is a warning:
it is printed and nothing is closed unless --confirm is given.

  --on DATE       the closing date (YYYY-MM-DD; default today)
  --reason KEY    internal reason with a not-taken-up outcome: %1
  --note TEXT     the internal reason in words (sealed, never reported)
  --confirm       close despite the warnings
  --json          print {&quot;case_id&quot;, &quot;closed&quot;, &quot;outcome&quot;, &quot;closed_on&quot;, &quot;taken_up_on&quot;, &quot;warnings&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case close ID EINDRESULTAAT [--on DATUM]
                   [--reason SLEUTEL] [--note TEKST] [--confirm] [--json]

Sluit zaak ID af met EINDRESULTAAT, een waarde uit de DDAS-lijst EnumEindresultaat, zoals ze is
geschreven (tussen aanhalingstekens: &quot;Niet opgepakt: herhaalde melding&quot;). De afsluitregels uit
docs/cases.md gelden: een eindresultaat dat zegt dat er met de inwoner is gesproken vraagt een
geslaagde contactpoging, &quot;Definitief geen contact kunnen krijgen&quot; kan een zaak met zo&apos;n poging niet
afsluiten. Wat een afweging is, is een waarschuwing: die wordt getoond en er wordt niets afgesloten
zonder --confirm.

  --on DATUM      de afsluitdatum (JJJJ-MM-DD; standaard vandaag)
  --reason SLEUTEL interne reden bij een niet-opgepakt eindresultaat: %1
  --note TEKST    de interne reden in woorden (versleuteld, nooit gerapporteerd)
  --confirm       afsluiten ondanks de waarschuwingen
  --json          toon {&quot;case_id&quot;, &quot;closed&quot;, &quot;outcome&quot;, &quot;closed_on&quot;, &quot;taken_up_on&quot;, &quot;warnings&quot;}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the case number and the outcome; see: vangnet-cli help case close</source>
        <translation>geef het zaaknummer en het eindresultaat; zie: vangnet-cli help case close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1 closed on %2: %3.</source>
        <translation>Zaak %1 afgesloten op %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1 was not closed: confirm the warnings with --confirm.</source>
        <translation>Zaak %1 is niet afgesloten: bevestig de waarschuwingen met --confirm.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::CaseCorrectionCommand</name>
    <message>
        <location filename="../../src/cli/CaseCorrectionCommand.cpp" line="+41"/>
        <source>record a basic condition on a case&apos;s checklist</source>
        <translation>een basisvoorwaarde op de checklist van een zaak vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct the state of a case&apos;s discharge notice</source>
        <translation>de status van de uitstroommelding van een zaak corrigeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case condition ID CONDITION STATE [--since DATE]

Records on case ID that basic condition CONDITION (id_bewijs, onderdak, inkomen, schulden, zorg)
is STATE (geregeld, in_behandeling, niet_geregeld, onbekend) from DATE on (YYYY-MM-DD, default
today). The case is the source of truth for what was arranged: the signal rules take this state
over the discharge notice&apos;s and the household&apos;s flags follow at once.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case condition ID VOORWAARDE STAND [--since DATUM]

Legt op zaak ID vast dat basisvoorwaarde VOORWAARDE (id_bewijs, onderdak, inkomen, schulden, zorg)
STAND heeft (geregeld, in_behandeling, niet_geregeld, onbekend) vanaf DATUM (JJJJ-MM-DD, standaard
vandaag). De zaak is leidend voor wat geregeld is: de signaleringsregels nemen deze stand over die
van de uitstroommelding en de signaleringen van het huishouden volgen meteen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case notice ID NOTICE STATE

Corrects the state of discharge notice NOTICE of case ID: aangekondigd, in_detentie (the
person is in detention now; the offer of help for the household&apos;s debts waits for the
discharge), afgerond or ingetrokken (the discharge will not happen as announced). The change
is kept in the notice&apos;s history and audited; the household&apos;s flags follow at once.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case notice ID MELDING STATUS

Corrigeert de status van uitstroommelding MELDING van zaak ID: aangekondigd, in_detentie (de
persoon zit nu in detentie; het hulpaanbod voor de schulden van het huishouden wacht op de
uitstroom), afgerond of ingetrokken (de uitstroom gaat niet door zoals aangekondigd). De wijziging
blijft bewaard in de geschiedenis van de melding en komt in het auditlog; de signaleringen van het
huishouden volgen meteen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>close one signal of a case, or decide what its partner hears back</source>
        <translation>één signaal van een zaak afsluiten, of besluiten wat de partner erover terughoort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case close-signal ID SIGNAL
                   [--status STATUS [--reason KEY] [--on DATE]]

Closes signal SIGNAL of case ID (the arrears are paid or arranged, or the signal was wrong);
the household&apos;s flags follow at once.

With --status, decides what the signal partner hears back about this signal alone, while the
case goes on: STATUS is a value of the DDAS list EnumSignaalstatus written as it is (quote it:
&quot;Niet opgepakt: herhaalde melding&quot;); a not-taken-up status closes the signal, &quot;Nog niet
opgepakt&quot; undoes an earlier decision. Closing the case later keeps it.

  --reason KEY    internal reason (never reported): %1
  --on DATE       the day it was decided (YYYY-MM-DD; default today)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case close-signal ID SIGNAAL
                   [--status STATUS [--reason SLEUTEL] [--on DATUM]]

Sluit signaal SIGNAAL van zaak ID af (de achterstand is betaald of geregeld, of het signaal was
onjuist); de signaleringen van het huishouden volgen meteen.

Met --status besluit je wat de signaalpartner over alleen dit signaal terughoort, terwijl de zaak
doorloopt: STATUS is een waarde uit de DDAS-lijst EnumSignaalstatus zoals ze is geschreven
(tussen aanhalingstekens: &quot;Niet opgepakt: herhaalde melding&quot;); een niet-opgepakt-status sluit het
signaal af, &quot;Nog niet opgepakt&quot; maakt een eerder besluit ongedaan. Als de zaak later wordt
afgesloten, blijft het staan.

  --reason SLEUTEL interne reden (nooit gerapporteerd): %1
  --on DATUM      de dag van het besluit (JJJJ-MM-DD; standaard vandaag)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>give the case number and what to record; see: vangnet-cli help %1</source>
        <translation>geef het zaaknummer en wat er vastgelegd moet worden; zie: vangnet-cli help %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a basic condition; use one of: %2</source>
        <translation>&apos;%1&apos; is geen basisvoorwaarde; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a condition state; use geregeld, in_behandeling, niet_geregeld or onbekend</source>
        <translation>&apos;%1&apos; is geen stand van een basisvoorwaarde; gebruik geregeld, in_behandeling, niet_geregeld of onbekend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the notice number and one of: aangekondigd, in_detentie, afgerond, ingetrokken</source>
        <translation>geef het meldingnummer en een van: aangekondigd, in_detentie, afgerond, ingetrokken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the signal number: case close-signal ID SIGNAL</source>
        <translation>geef het signaalnummer: case close-signal ID SIGNAAL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--reason and --on go with --status</source>
        <translation>--reason en --on horen bij --status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded on case %1; the household&apos;s flags were evaluated again.</source>
        <translation>Vastgelegd op zaak %1; de signaleringen van het huishouden zijn opnieuw beoordeeld.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::CaseReasonsCommand</name>
    <message>
        <location filename="../../src/cli/CaseCloseCommand.cpp" line="+17"/>
        <source>count the internal reasons for not taking up signals (team lead)</source>
        <translation>de interne redenen tellen waarom signalen niet zijn opgepakt (teamleider)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case reasons [--from DATE] [--to DATE] [--json]

Counts how often your team chose each internal reason: on cases closed in the period and on
signals decided on their own in it (docs/cases.md, &quot;Internal reasons&quot;). For team leads.

  --from DATE     on or after this day (YYYY-MM-DD)
  --to DATE       on or before this day (YYYY-MM-DD)
  --json          print {&quot;reasons&quot;: [{&quot;reason&quot;, &quot;label&quot;, &quot;count&quot;, &quot;cases&quot;, &quot;signals&quot;}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case reasons [--from DATUM] [--to DATUM] [--json]

Telt hoe vaak je team elke interne reden koos: bij zaken die in de periode zijn afgesloten en bij
signalen waarover in de periode afzonderlijk is besloten (docs/cases.md, &quot;Internal reasons&quot;).
Voor teamleiders.

  --from DATUM    op of na deze dag (JJJJ-MM-DD)
  --to DATUM      op of voor deze dag (JJJJ-MM-DD)
  --json          toon {&quot;reasons&quot;: [{&quot;reason&quot;, &quot;label&quot;, &quot;count&quot;, &quot;cases&quot;, &quot;signals&quot;}]}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No internal reasons were chosen in this period.</source>
        <translation>Er zijn in deze periode geen interne redenen gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::CaseRequestCommand</name>
    <message>
        <location filename="../../src/cli/CaseRequestCommand.cpp" line="+28"/>
        <source>register a request for debt help on a case (the offer accepted)</source>
        <translation>een hulpvraag schuldhulpverlening op een zaak registreren (aanbod aanvaard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record the first conversation of a request for help</source>
        <translation>het eerste gesprek van een hulpvraag vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record the decision on a request for help</source>
        <translation>de beschikking op een hulpvraag vastleggen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case request ID --on DATE [--crisis KIND]

Case ID becomes a request for debt help (hulpvraag) registered on DATE (YYYY-MM-DD): the
resident asked for help or accepted the offer. With --crisis the request comes with a crisis
intervention (ontruiming, afsluiting_energie, afsluiting_water, opzegging_zorgverzekering):
the first conversation is then due within 3 working days. On a request it corrects the date.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case request ID --on DATUM [--crisis SOORT]

Zaak ID wordt een hulpvraag schuldhulpverlening, aangemeld op DATUM (JJJJ-MM-DD): de
inwoner vroeg om hulp of aanvaardde het aanbod. Met --crisis komt de hulpvraag met een crisisinterventie
(ontruiming, afsluiting_energie, afsluiting_water, opzegging_zorgverzekering):
het eerste gesprek moet dan binnen 3 werkdagen plaatsvinden. Op een hulpvraag corrigeert het de datum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case conversation ID --on DATE

Records the first conversation (eerste gesprek) of request ID on DATE (YYYY-MM-DD), not
before the request was registered. It meets the 4-week and 3-working-day terms and starts
the 8-week decision term.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case conversation ID --on DATUM

Legt het eerste gesprek van hulpvraag ID vast op DATUM (JJJJ-MM-DD), niet
vóór de aanmelding van de hulpvraag. Het voldoet aan de termijnen van 4 weken en 3 werkdagen en start
de beslistermijn van 8 weken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case decision ID --on DATE --decision toelating|afwijzing

Records the decision (beschikking) on request ID: its date (YYYY-MM-DD, not before the first
conversation) and whether the resident is admitted (toelating) or refused (afwijzing).</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case decision ID --on DATUM --decision toelating|afwijzing

Legt de beschikking op hulpvraag ID vast: de datum (JJJJ-MM-DD, niet vóór het eerste
gesprek) en of de inwoner wordt toegelaten (toelating) of afgewezen (afwijzing).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give the case number; see: vangnet-cli help %1</source>
        <translation>geef het zaaknummer; zie: vangnet-cli help %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a crisis intervention; use one of: %2</source>
        <translation>&apos;%1&apos; is geen crisisinterventie; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --decision toelating or --decision afwijzing</source>
        <translation>geef --decision toelating of --decision afwijzing</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded on case %1 (%2).</source>
        <translation>Vastgelegd op zaak %1 (%2).</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::CaseShowCommand</name>
    <message>
        <location filename="../../src/cli/QueueCommand.cpp" line="+138"/>
        <source>Case %1 — %2 (household %3)</source>
        <translation>Zaak %1 — %2 (huishouden %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1; %2; assignee: %3</source>
        <translation>Status: %1; %2; behandelaar: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1 by %2</source>
        <translation>Geopend %1 door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken up %1</source>
        <translation>Opgepakt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request registered %1%2</source>
        <translation>Hulpvraag aangemeld %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; crisis intervention: %1</source>
        <translation>; crisisinterventie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First conversation %1</source>
        <translation>Eerste gesprek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 %2</source>
        <translation>Beschikking %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed %1: %2</source>
        <translation>Afgesloten %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal reason (not reported): %1</source>
        <translation>Interne reden (niet gerapporteerd): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals: %1; discharge notices: %2; new signals not linked: %3</source>
        <translation>Signalen: %1; uitstroommeldingen: %2; nieuwe signalen niet gekoppeld: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines:</source>
        <translation>Termijnen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact attempts:</source>
        <translation>Contactpogingen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan of action:</source>
        <translation>Plan van aanpak:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Basic conditions:</source>
        <translation>Basisvoorwaarden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders:</source>
        <translation>Herinneringen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one case: status, signals, contact attempts, deadlines, plan, notes</source>
        <translation>één zaak: status, signalen, contactpogingen, termijnen, plan, notities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME case show ID [--json]

Shows case ID of your team: status, assignee, dates, outcome, linked signals and discharge
notices, contact attempts, deadlines as of today, plan of action, basic conditions, notes
and reminders. The internal reason for not taking a signal up is shown too (it is never
reported to a signal partner).

  --json   {id, household_id, household, status, origin, type, request: {registered_on, crisis,
           crisis_kind, first_conversation_on, decision_on, decision}, assignee, opened_on,
           taken_up_on, decision_on, closed_on, outcome, internal_reason, reason_key, version,
           signals: [{id, status, decided_on, decided_alone, reason_key}], signal_ids,
           discharge_ids, unlinked_signal_ids, attempts: [{date, kind, reached, day_part, note,
           author}], deadlines: [{clock, label, starts, due, met, state}], plan: [{id, kind,
           goal_id, text, owner, due, done}], conditions: [{condition, state}], notes:
           [{at, author, text}], reminders: [{due, text, done}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM case show ID [--json]

Toont zaak ID van uw team: status, behandelaar, datums, resultaat, gekoppelde signalen en
uitstroommeldingen, contactpogingen, termijnen per vandaag, plan van aanpak, basisvoorwaarden,
notities en herinneringen. Ook de interne reden om een signaal niet op te pakken wordt getoond
(die wordt nooit aan een signaalpartner gemeld).

  --json   {id, household_id, household, status, origin, type, request: {registered_on, crisis,
           crisis_kind, first_conversation_on, decision_on, decision}, assignee, opened_on,
           taken_up_on, decision_on, closed_on, outcome, internal_reason, reason_key, version,
           signals: [{id, status, decided_on, decided_alone, reason_key}], signal_ids,
           discharge_ids, unlinked_signal_ids, attempts: [{date, kind, reached, day_part, note,
           author}], deadlines: [{clock, label, starts, due, met, state}], plan: [{id, kind,
           goal_id, text, owner, due, done}], conditions: [{condition, state}], notes:
           [{at, author, text}], reminders: [{due, text, done}]}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give the case number: case show ID</source>
        <translation>geef het zaaknummer: case show ID</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ClocksDayOffCommand</name>
    <message>
        <location filename="../../src/cli/ClocksDayOffCommand.cpp" line="+12"/>
        <source>add or remove a day off by decree that working-day deadlines skip (team lead)</source>
        <translation>een vrije dag bij besluit toevoegen of verwijderen die termijnen in werkdagen overslaan (teamleider)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>clocks day-off needs add or remove: clocks day-off add --date YYYY-MM-DD --name TEXT</source>
        <translation>clocks day-off heeft add of remove nodig: clocks day-off add --date JJJJ-MM-DD --name TEKST</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>clocks day-off add needs --name: what the day is, e.g. the decree that adds it</source>
        <translation>clocks day-off add heeft --name nodig: welke dag het is, bijvoorbeeld het besluit dat hem toevoegt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a day off now: working-day deadlines skip it.</source>
        <translation>%1 is nu een vrije dag: termijnen in werkdagen slaan hem over.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a working day again.</source>
        <translation>%1 is weer een werkdag.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME clocks day-off add --date YYYY-MM-DD --name TEXT
       vangnet-cli [--db FILE|URL] --user NAME clocks day-off remove --date YYYY-MM-DD

Adds a day the government adds to the public holidays by decree (Algemene termijnenwet,
article 3, third paragraph, e.g. a Friday after Ascension Day), or takes one away again.
Deadlines counted in working days skip it. It must be a weekday that is not a public
holiday already. Only a team lead (teamleider) may do this; the change is audited.
clocks list shows the days added, clocks holidays the public holidays.

  --date YYYY-MM-DD  the day
  --name TEXT        what the day is, e.g. the decree that adds it (for add)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM clocks day-off add --date JJJJ-MM-DD --name TEKST
       vangnet-cli [--db BESTAND|URL] --user NAAM clocks day-off remove --date JJJJ-MM-DD

Voegt een dag toe die de regering bij besluit gelijkstelt met de feestdagen (Algemene
termijnenwet, artikel 3, derde lid, bijvoorbeeld een vrijdag na Hemelvaartsdag), of haalt die
weer weg. Termijnen in werkdagen slaan hem over. Het moet een werkdag zijn die nog geen
feestdag is. Alleen een teamleider mag dit; de wijziging komt in het auditlog.
clocks list toont de toegevoegde dagen, clocks holidays de feestdagen.

  --date JJJJ-MM-DD  de dag
  --name TEKST       welke dag het is, bijvoorbeeld het besluit dat hem toevoegt (bij add)</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ClocksHolidaysCommand</name>
    <message>
        <location filename="../../src/cli/ClocksHolidaysCommand.cpp" line="+23"/>
        <source>list the public holidays that working-day deadlines skip</source>
        <translation>de feestdagen tonen die termijnen in werkdagen overslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli clocks holidays [--year YEAR] [--json]

Lists the public holidays of the Algemene termijnenwet for YEAR (this year by default):
the days a deadline counted in working days skips, besides Saturday and Sunday. Days the
government adds by decree are not included (docs/clocks.md).

  --year YEAR   %1 to %2
  --json        machine-readable: {&quot;year&quot;, &quot;holidays&quot;: [{date, key, name, weekday}]}</source>
        <translation>Gebruik: vangnet-cli clocks holidays [--year JAAR] [--json]

Toont de algemeen erkende feestdagen van de Algemene termijnenwet in JAAR (standaard dit jaar):
de dagen die een termijn in werkdagen overslaat, naast zaterdag en zondag. Dagen die de
regering per besluit gelijkstelt, zijn niet opgenomen (docs/clocks.md).

  --year JAAR   %1 tot en met %2
  --json        voor programma&apos;s: {&quot;year&quot;, &quot;holidays&quot;: [{date, key, name, weekday}]}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--year must be a year from %1 to %2, not &apos;%3&apos;</source>
        <translation>--year moet een jaar van %1 tot en met %2 zijn, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public holiday</source>
        <translation>Feestdag</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ClocksListCommand</name>
    <message>
        <location filename="../../src/cli/ClocksListCommand.cpp" line="+17"/>
        <source>list the deadline settings (clocks)</source>
        <translation>de termijninstellingen tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME clocks list [--json]

Lists every deadline (clock) setting: its days, whether they are working days, who set it
and when, and the days off a team lead added by decree (clocks day-off). The shipped values
are an example of municipal policy (docs/clocks.md).

  --json   machine-readable: {&quot;clocks&quot;: [{clock, days, working_days, label, updated_at, updated_by}], &quot;days_off&quot;: [{date, name, added_by, added_at}], &quot;contact_offer_start&quot;: {value,
           label, updated_at, updated_by}} (value later_of_signal_and_import or signal_date)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM clocks list [--json]

Toont elke termijninstelling (klok): het aantal dagen, of het werkdagen zijn, wie ze instelde
en wanneer, en de vrije dagen die een teamleider bij besluit toevoegde (clocks day-off). De meegeleverde waarden
zijn een voorbeeld van gemeentelijk beleid (docs/clocks.md).

  --json   machineleesbaar: {&quot;clocks&quot;: [{clock, days, working_days, label, updated_at, updated_by}], &quot;days_off&quot;: [{date, name, added_by, added_at}], &quot;contact_offer_start&quot;: {value,
           label, updated_at, updated_by}} (value later_of_signal_and_import of signal_date)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calendar days</source>
        <translation>kalenderdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted in</source>
        <translation>Geteld in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact offer runs from: %1 (contact_offer_start %2)</source>
        <translation>Het contactaanbod loopt vanaf: %1 (contact_offer_start %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day off by decree</source>
        <translation>Vrije dag bij besluit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ClocksSetCommand</name>
    <message>
        <location filename="../../src/cli/ClocksSetCommand.cpp" line="+24"/>
        <source>change one deadline setting (team lead)</source>
        <translation>één termijninstelling wijzigen (teamleider)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME clocks set CLOCK DAYS [--working-days|--calendar-days]

Sets the deadline CLOCK to DAYS (%1 to %2). Without --working-days or --calendar-days the
clock keeps how it counts. Only a team lead (teamleider) may do this; the change is audited.

  CLOCK            one of: %3
  --working-days   count Monday to Friday, not public holidays (see clocks holidays)
  --calendar-days  count every day

vangnet-cli ... clocks set contact_offer_start later_of_signal_and_import|signal_date
sets when the contact offer runs from: the later of a signal&apos;s date and the day it was
received (the default), or the signal&apos;s own date.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM clocks set KLOK DAGEN [--working-days|--calendar-days]

Zet termijn KLOK op DAGEN (%1 tot %2). Zonder --working-days of --calendar-days blijft
de klok tellen zoals hij deed. Alleen een teamleider mag dit; de wijziging wordt gelogd.

  KLOK             een van: %3
  --working-days   tel maandag tot en met vrijdag, geen feestdagen (zie clocks holidays)
  --calendar-days  tel elke dag

vangnet-cli ... clocks set contact_offer_start later_of_signal_and_import|signal_date
bepaalt vanaf wanneer het contactaanbod loopt: de laatste van de signaaldatum en de dag
van ontvangst (standaard), of de signaaldatum zelf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a start of the contact offer; use later_of_signal_and_import or signal_date</source>
        <translation>&apos;%1&apos; is geen start van het contactaanbod; gebruik later_of_signal_and_import of signal_date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contact offer runs from: %1.</source>
        <translation>Het contactaanbod loopt vanaf: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>clocks set needs a clock and a number of days: clocks set CLOCK DAYS</source>
        <translation>clocks set heeft een termijn en een aantal dagen nodig: clocks set TERMIJN DAGEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use --working-days or --calendar-days, not both</source>
        <translation>gebruik --working-days of --calendar-days, niet allebei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown clock &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende termijn &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DAYS must be a whole number, not &apos;%1&apos;</source>
        <translation>DAGEN moet een geheel getal zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deadline %1 set to %2.</source>
        <translation>Termijn %1 ingesteld op %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::DashboardCommand</name>
    <message>
        <location filename="../../src/cli/DashboardCommand.cpp" line="+37"/>
        <source>the team&apos;s weekly dashboard: signals, flags, caseload, contact times, outcomes, trends</source>
        <translation>het weekoverzicht van het team: signalen, signaleringen, caseload, contacttijden, resultaten, verloop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME dashboard [--week YYYY-Www] [--json] [--pdf FILE]
       vangnet-cli [--db FILE|URL] --user NAME dashboard --list METRIC [--group GROUP] [--week …] [--json]

The figures of one ISO week for your own team (team leads and caseworkers); every figure is
defined in docs/metrics.md. Without --week: the last complete week. A week that has not
begun is refused.

  --week 2026-W47   the ISO week
  --json            print {week, from, to, reference_date, team, signals_by_partner,
                    new_flags_by_rule, new_flags_by_severity, open_cases, overdue_by_caseworker,
                    first_contact {median_days, within_norm_share, cases, within_norm, norm_days},
                    first_reached {…}, request_first_conversation {…}, outcomes,
                    discharges_next {30, 60, 90}, placements,
                    declined_offers, placed_households, occupancy {capacity, occupied},
                    resignal_share {6m, 12m}, resignal {6m: {cohort, resignalled, closed_from,
                    closed_to}, 12m}, trend [{week, signals, flags, first_contacts}]}
  --pdf FILE        also write the dashboard as a PDF (A4, written completely or not at all;
                    audited as an export)
  --list METRIC     the households behind a figure instead: signals_by_partner, new_flags_by_rule,
                    new_flags_by_severity, open_cases, overdue_by_caseworker, first_contact,
                    first_reached, request_first_conversation, outcomes, discharges_next_30, discharges_next_60,
                    discharges_next_90, placements, declined_offers, placed_households,
                    resignal_6m, resignal_12m
  --group GROUP     with --list: one bar of the figure (a partner type, a rule id, a severity,
                    a user name or - for nobody, an outcome, binnen_norm or buiten_norm,
                    nieuw_signaal or geen_nieuw_signaal)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM dashboard [--week JJJJ-Www] [--json] [--pdf BESTAND]
         vangnet-cli [--db BESTAND|URL] --user NAAM dashboard --list CIJFER [--group GROEP] [--week …] [--json]

De cijfers van één ISO-week voor uw eigen team (teamleiders en consulenten); elk cijfer staat
beschreven in docs/metrics.md. Zonder --week: de laatste volledige week. Een week die nog niet
begonnen is, wordt geweigerd.

  --week 2026-W47   de ISO-week
  --json            druk {week, from, to, reference_date, team, signals_by_partner,
                    new_flags_by_rule, new_flags_by_severity, open_cases, overdue_by_caseworker,
                    first_contact {median_days, within_norm_share, cases, within_norm, norm_days},
                    first_reached {…}, request_first_conversation {…}, outcomes,
                    discharges_next {30, 60, 90}, placements,
                    declined_offers, placed_households, occupancy {capacity, occupied},
                    resignal_share {6m, 12m}, resignal {6m: {cohort, resignalled, closed_from,
                    closed_to}, 12m}, trend [{week, signals, flags, first_contacts}]} af
  --pdf BESTAND     schrijf het weekoverzicht ook als PDF (A4, helemaal of helemaal niet;
                    vastgelegd als export)
  --list CIJFER     in plaats daarvan de huishoudens achter een cijfer: signals_by_partner,
                    new_flags_by_rule, new_flags_by_severity, open_cases, overdue_by_caseworker,
                    first_contact, first_reached, request_first_conversation, outcomes, discharges_next_30,
                    discharges_next_60,
                    discharges_next_90, placements, declined_offers, placed_households,
                    resignal_6m, resignal_12m
  --group GROEP     met --list: één balk van het cijfer (een partnertype, een regel-id, een ernst,
                    een gebruikersnaam of - voor niemand, een resultaat, binnen_norm of buiten_norm,
                    nieuw_signaal of geen_nieuw_signaal)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown figure &apos;%1&apos;; see vangnet-cli help dashboard</source>
        <translation>onbekend cijfer &apos;%1&apos;; zie vangnet-cli help dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pdf writes the whole dashboard; leave out --list</source>
        <translation>--pdf schrijft het hele weekoverzicht; laat --list weg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--group goes with --list METRIC</source>
        <translation>--group hoort bij --list CIJFER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pdf needs a file name</source>
        <translation>--pdf heeft een bestandsnaam nodig</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Week %1 (%2 to %3), %4</source>
        <translation>Week %1 (%2 t/m %3), %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New signals by partner:</source>
        <translation>Nieuwe signalen per partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households newly flagged, by rule:</source>
        <translation>Nieuw gesignaleerde huishoudens, per regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households newly flagged, by severity:</source>
        <translation>Nieuw gesignaleerde huishoudens, per ernst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases on %1: %2</source>
        <translation>Open zaken op %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases by caseworker:</source>
        <translation>Te late zaken per consulent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal to first contact attempt: median %1, %2 within the norm (%3 cases)</source>
        <translation>Signaal tot eerste contactpoging: mediaan %1, %2 binnen de norm (%3 zaken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signal to first reached contact: median %1, %2 within the norm (%3 cases)</source>
        <translation>Signaal tot eerste bereikt contact: mediaan %1, %2 binnen de norm (%3 zaken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request to first conversation (Wgs): median %1, %2 within the term (%3 requests)</source>
        <translation>Aanmelding tot eerste gesprek (Wgs): mediaan %1, %2 binnen de termijn (%3 hulpvragen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases closed, by outcome:</source>
        <translation>Afgesloten zaken, per resultaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharges with basic conditions not arranged: %1 within 30 days, %2 within 60, %3 within 90</source>
        <translation>Uitstroom met basisvoorwaarden niet geregeld: %1 binnen 30 dagen, %2 binnen 60, %3 binnen 90</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed: %1, offers declined: %2, households in a place: %3, places occupied: %4</source>
        <translation>Geplaatst: %1, aanbiedingen afgewezen: %2, huishoudens in een woonplek: %3, bezette plekken: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New signal after closing: %1 after 6 months, %2 after 12 months</source>
        <translation>Nieuw signaal na afsluiten: %1 na 6 maanden, %2 na 12 maanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households flagged</source>
        <translation>Gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contacts</source>
        <translation>Eerste contacten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::DdasDeliveriesCommand</name>
    <message>
        <location filename="../../src/cli/DdasDeliveriesCommand.cpp" line="+22"/>
        <source>list the kept DDAS deliveries (team lead)</source>
        <translation>de bewaarde DDAS-leveringen tonen (teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a kept DDAS delivery back to a file (team lead)</source>
        <translation>een bewaarde DDAS-levering weer naar een bestand schrijven (teamleider)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas-deliveries [--json]

Lists every DDAS delivery written, newest first: period, municipality codes, counts, the
SHA-256 of the file, who wrote it and when.
  --json   {&quot;deliveries&quot;: [{id, from, to, gemeentecodes, sha256, signals, cases, created_by,
           created_at}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export ddas-deliveries [--json]

Toont elke geschreven DDAS-levering, nieuwste eerst: periode, gemeentecodes, aantallen, de
SHA-256 van het bestand, wie hem schreef en wanneer.
  --json   {&quot;deliveries&quot;: [{id, from, to, gemeentecodes, sha256, signals, cases, created_by,
           created_at}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas-delivery ID --out FILE

Writes the kept copy of delivery ID to FILE, byte for byte as it was delivered (its SHA-256
is checked). The copy holds personal data; writing it is recorded in the audit log.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export ddas-delivery ID --out BESTAND

Schrijft de bewaarde kopie van levering ID naar BESTAND, byte voor byte zoals hij is geleverd (de
SHA-256 wordt gecontroleerd). De kopie bevat persoonsgegevens; het schrijven wordt vastgelegd in de auditlog.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>export ddas-delivery needs the id of a kept delivery (see export ddas-deliveries)</source>
        <translation>export ddas-delivery heeft het nummer van een bewaarde levering nodig (zie export ddas-deliveries)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export ddas-delivery needs --out</source>
        <translation>export ddas-delivery heeft --out nodig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DDAS delivery %1 written to %2 (SHA-256 %3).</source>
        <translation>DDAS-levering %1 geschreven naar %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Id</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gemeentecodes</source>
        <translation>Gemeentecodes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At</source>
        <translation>Op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::DdasMunicipalitiesCommand</name>
    <message>
        <location filename="../../src/cli/DdasMunicipalitiesCommand.cpp" line="+24"/>
        <source>list which wijk belongs to which municipality (gemeentecode) for DDAS</source>
        <translation>tonen welke wijk bij welke gemeente (gemeentecode) hoort voor DDAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a wijk its municipality code (gemeentecode) for DDAS</source>
        <translation>een wijk zijn gemeentecode geven voor DDAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the municipality code of a wijk</source>
        <translation>de gemeentecode van een wijk verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities list [--json]

Lists each wijk with its municipality code (gemeentecode): the DDAS delivery has one
levering per municipality.
  --json   {&quot;municipalities&quot;: [{wijk, gemeentecode, updated_at, updated_by}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM ddas municipalities list [--json]

Toont elke wijk met zijn gemeentecode: de DDAS-levering heeft één levering per
gemeente.
  --json   {&quot;municipalities&quot;: [{wijk, gemeentecode, updated_at, updated_by}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities set --wijk WIJK
                   --gemeentecode CODE

Gives WIJK (&quot;&quot; for addresses without a wijk) the four-digit CBS municipality code. Team
lead or administrator; recorded in the audit log.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM ddas municipalities set --wijk WIJK
                   --gemeentecode CODE

Geeft WIJK (&quot;&quot; voor adressen zonder wijk) de viercijferige CBS-gemeentecode. Teamleider
of functioneel beheerder; vastgelegd in de auditlog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities remove --wijk WIJK

Removes the municipality code of WIJK. Recorded in the audit log.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM ddas municipalities remove --wijk WIJK

Verwijdert de gemeentecode van WIJK. Vastgelegd in de auditlog.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ddas municipalities %1 needs --%2</source>
        <translation>ddas municipalities %1 heeft --%2 nodig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wijk &apos;%1&apos; belongs to municipality %2.</source>
        <translation>Wijk &apos;%1&apos; hoort bij gemeente %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijk &apos;%1&apos; has no municipality code any more.</source>
        <translation>Wijk &apos;%1&apos; heeft geen gemeentecode meer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gemeentecode</source>
        <translation>Gemeentecode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::DemoCommand</name>
    <message>
        <location filename="../../src/cli/DemoCommand.cpp" line="+53"/>
        <source>create a new database filled with a synthetic demo municipality</source>
        <translation>een nieuwe database maken, gevuld met een verzonnen demogemeente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] demo [--db FILE|URL] --households N [--seed S]
                   [--as-of DATE] [--signals-csv OUT --rows N] [--workday] [--json]

Creates a new database and fills it with a synthetic municipality: invented people with
Dutch-looking names, BSNs from the 9999 test range, addresses in postcodes 7411-7439,
and the places of its supported-housing providers (about 3 per 1000 households).
The same seed gives the same data. An existing non-empty file is never overwritten;
a PostgreSQL database must not hold households yet. It also makes the demo accounts
%2 with the password &quot;demo&quot;; log in with one of them, e.g.
VANGNET_PASSWORD=demo vangnet-cli --db FILE --user consulent household list

  --households N   number of households, 1 to %1
  --seed S         seed for the generator (a whole number, default 1)
  --as-of DATE     the day the demo stands on (YYYY-MM-DD): ages, signal dates and deadlines
                   are counted from it. Default 2026-01-01, so the same seed gives the same
                   data on any day; with --workday, today
  --signals-csv OUT  also write N synthetic early signals about these people to OUT, in the
                   documented CSV layout (for benchmarks and tests of `import signals`)
  --rows N         the number of signal rows for --signals-csv
  --workday        also play the year before that day, as the application&apos;s demo database
                   does: synthetic signals (about 30 per 100 households) arrive in weekly
                   batches, the signal rules flag households and the demo caseworkers take
                   them up, contact them, close their cases and record housing needs for
                   part of the flagged households; today&apos;s work is left open
  --json           print the summary as JSON</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] demo [--db BESTAND|URL] --households N [--seed S]
                   [--as-of DATUM] [--signals-csv UIT --rows N] [--workday] [--json]

Maakt een nieuwe database en vult die met een verzonnen gemeente: verzonnen inwoners met
Nederlands klinkende namen, BSN&apos;s uit de testreeks 9999, adressen in de postcodes 7411-7439,
en de woonplekken van haar zorgaanbieders (zo&apos;n 3 per 1000 huishoudens).
Dezelfde seed geeft dezelfde gegevens. Een bestaand, niet-leeg bestand wordt nooit overschreven;
een PostgreSQL-database mag nog geen huishoudens bevatten. Maakt ook de demo-accounts
%2 met het wachtwoord &quot;demo&quot;; log in met een ervan, bijvoorbeeld
VANGNET_PASSWORD=demo vangnet-cli --db BESTAND --user consulent household list

  --households N   aantal huishoudens, 1 tot en met %1
  --seed S         startwaarde voor de generator (een geheel getal, standaard 1)
  --as-of DATUM    de dag waarop de demo staat (JJJJ-MM-DD): leeftijden, signaaldata en termijnen
                   tellen vanaf die dag. Standaard 2026-01-01, zodat dezelfde seed op elke dag
                   dezelfde gegevens geeft; met --workday vandaag
  --signals-csv UIT  schrijf ook N verzonnen vroegsignalen over deze inwoners naar UIT, in de
                   beschreven CSV-indeling (voor benchmarks en tests van `import signals`)
  --rows N         het aantal signaalregels voor --signals-csv
  --workday        speel ook het jaar voor die dag na, zoals de demodatabase van de applicatie:
                   verzonnen signalen (zo&apos;n 30 per 100 huishoudens) komen in wekelijkse partijen
                   binnen, de signaalregels signaleren huishoudens en de demo-consulenten pakken
                   ze op, nemen contact op, sluiten hun zaken af en leggen woonvragen vast voor een
                   deel van de gesignaleerde huishoudens; het werk van vandaag blijft open
  --json           de samenvatting als JSON tonen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>demo needs --households N (a positive whole number)</source>
        <translation>demo heeft --households N nodig (een positief geheel getal)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--households: at most %1 households fit in the demo municipality</source>
        <translation>--households: er passen hoogstens %1 huishoudens in de demogemeente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed must be a whole number, not &apos;%1&apos;</source>
        <translation>--seed moet een geheel getal zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;%1&apos; exists already; choose a new file</source>
        <translation>&apos;%1&apos; bestaat al; kies een nieuw bestand</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Demo municipality written to %1: %2 households, %3 people in %4 s (seed %5).</source>
        <translation>Demogemeente geschreven naar %1: %2 huishoudens, %3 personen in %4 s (seed %5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo accounts, password &quot;demo&quot;: %1.</source>
        <translation>Demo-accounts, wachtwoord &quot;demo&quot;: %1.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>--signals-csv OUT and --rows N go together</source>
        <translation>--signals-csv UIT en --rows N horen bij elkaar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; exists already; choose a new file for the signals</source>
        <translation>&apos;%1&apos; bestaat al; kies een nieuw bestand voor de signalen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 early signals about these people written to %2.</source>
        <translation>%1 vroegsignalen over deze inwoners geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::Dispatcher</name>
    <message>
        <location filename="../../src/cli/Dispatcher.cpp" line="+47"/>
        <source>unknown option &apos;%1&apos;; see &apos;vangnet-cli --help&apos;</source>
        <translation>onbekende optie &apos;%1&apos;; zie &apos;vangnet-cli --help&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>optie &apos;%1&apos; heeft een waarde nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option &apos;--db&apos; needs a file name or a postgresql:// URL</source>
        <translation>optie &apos;--db&apos; heeft een bestandsnaam of een postgresql://-URL nodig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option &apos;--password-fd&apos; needs a file descriptor number (0 or more), not &apos;%1&apos;</source>
        <translation>optie &apos;--password-fd&apos; heeft een bestandsdescriptornummer nodig (0 of hoger), niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown log level &apos;%1&apos;; use one of: %2</source>
        <translation>onbekend logniveau &apos;%1&apos;; kies uit: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see &apos;vangnet-cli --help&apos;</source>
        <translation>geen opdracht gegeven; zie &apos;vangnet-cli --help&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown command &apos;%1&apos;; see &apos;vangnet-cli --help&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;; zie &apos;vangnet-cli --help&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: vangnet-cli [--db FILE|URL] [--user NAME] [--password-fd N] [--log-level LEVEL] COMMAND [options]</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] [--user NAAM] [--password-fd N] [--log-level NIVEAU] OPDRACHT [opties]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options (before the command):</source>
        <translation>Algemene opties (vóór de opdracht):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --db FILE|URL       SQLite file or postgresql:// URL; default: the database chosen in Vangnet&apos;s settings, else the demo database</source>
        <translation>  --db BESTAND|URL    SQLite-bestand of postgresql://-URL; standaard: de database uit de instellingen van Vangnet, anders de demodatabase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  --password-fd N     read the password from the first line of open file descriptor N
                      (e.g. 3 with 3&lt;FILE or a pipe) instead of VANGNET_PASSWORD or the prompt</source>
        <translation>  --password-fd N     lees het wachtwoord uit de eerste regel van open bestandsdescriptor N
                      (bijv. 3 met 3&lt;BESTAND of een pipe) in plaats van VANGNET_PASSWORD of de vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  --log-level LEVEL   technical log on stderr: trace, debug, info, warn (default), error, critical, off</source>
        <translation>  --log-level NIVEAU  technisch logboek op stderr: trace, debug, info, warn (standaard), error, critical, off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --help, --version</source>
        <translation>  --help, --version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;vangnet-cli COMMAND --help&apos; describes a command.</source>
        <translation>&apos;vangnet-cli OPDRACHT --help&apos; beschrijft een opdracht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 done, 1 done with reported problems, 2 unusable input or nothing done.</source>
        <translation>Afsluitcode: 0 klaar, 1 klaar met gemelde problemen, 2 onbruikbare invoer of niets gedaan.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>option &apos;--user&apos; needs a user name</source>
        <translation>optie &apos;--user&apos; heeft een gebruikersnaam nodig</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; needs --user NAME before the command; the password comes from VANGNET_PASSWORD or a prompt</source>
        <translation>&apos;%1&apos; heeft --user NAAM vóór de opdracht nodig; het wachtwoord komt uit VANGNET_PASSWORD of wordt gevraagd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  --user NAME         who logs in; every command needs it but demo, rules test, clocks
                      holidays and plan --instance. The password comes from the
                      environment variable VANGNET_PASSWORD, else it is asked on the terminal</source>
        <translation>  --user NAAM         wie inlogt; elke opdracht heeft dit nodig behalve demo, rules test,
                      clocks holidays en plan --instance. Het wachtwoord komt uit de
                      omgevingsvariabele VANGNET_PASSWORD, anders wordt het in de terminal gevraagd</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ExportCommand</name>
    <message>
        <location filename="../../src/cli/ExportCommand.cpp" line="+18"/>
        <source>write the DDAS delivery of early signals and their cases for CBS (team lead)</source>
        <translation>de DDAS-levering van vroegsignalen en hun zaken voor het CBS schrijven (teamleider)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas --from DATE --to DATE
                   --gemeentecode CODE[,CODE]... --out FILE [--organisatie NAME] [--kvk NUMBER]
                   [--contact &quot;name;telephone;e-mail;job title&quot;]... [--leverancier CODE] [--json]

Writes the DDAS delivery (VNG Uitwisselmodel v0.9) for CBS statistics, one levering per
municipality: every early signal of the municipality&apos;s households (all teams) dated in the
period, and every case active in the period that started from signals, with its contact
attempts and outcome. Cases without signals (discharge notices only, or opened by hand) are
not part of DDAS and are left out; their number is reported. The file is checked against
the DDAS model before it is written, and kept (export ddas-deliveries). Team leads of a
team working in the municipality only; recorded in the audit log. See docs/ddas.md.

  --from DATE           first day of the period (YYYY-MM-DD)
  --to DATE             last day of the period (YYYY-MM-DD), inclusive
  --gemeentecode CODE   the municipality&apos;s four-digit CBS code, e.g. 0518; repeat it (or give
                        codes separated by commas) for one levering per municipality
  --out FILE            where to write the JSON; written completely or not at all
  --organisatie NAME    the delivering organisation (default &quot;Gemeente CODE&quot;)
  --kvk NUMBER          its eight-digit KvK number (left out when not given)
  --contact TEXT        a contact person as &quot;name;telephone;e-mail;job title&quot;; repeatable
  --leverancier CODE    codeGegevensleverancier (default VANGNET)
  --json                print {&quot;file&quot;, &quot;signals&quot;, &quot;cases&quot;, &quot;cases_without_signals&quot;,
                        &quot;leveringen&quot;, &quot;delivery&quot;, &quot;sha256&quot;, &quot;warnings&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export ddas --from DATUM --to DATUM
                   --gemeentecode CODE[,CODE]... --out BESTAND [--organisatie NAAM] [--kvk NUMMER]
                   [--contact &quot;naam;telefoon;e-mail;functie&quot;]... [--leverancier CODE] [--json]

Schrijft de DDAS-levering (VNG Uitwisselmodel v0.9) voor de CBS-statistiek, één levering per
gemeente: elk vroegsignaal van de huishoudens van de gemeente (alle teams) met een datum in de
periode, en elke zaak die in de periode actief was en uit signalen ontstond, met contactpogingen
en resultaat. Zaken zonder signalen (alleen een uitstroommelding, of met de hand geopend) horen
niet bij DDAS en worden weggelaten; hun aantal wordt gemeld. Het bestand wordt vóór het schrijven
gecontroleerd tegen het DDAS-model en bewaard (export ddas-deliveries). Alleen teamleiders van een
team dat in de gemeente werkt; vastgelegd in de auditlog. Zie docs/ddas.md.

  --from DATUM          eerste dag van de periode (JJJJ-MM-DD)
  --to DATUM            laatste dag van de periode (JJJJ-MM-DD), inclusief
  --gemeentecode CODE   de viercijferige CBS-code van de gemeente, bijv. 0518; herhaal de optie (of
                        geef codes gescheiden door komma&apos;s) voor één levering per gemeente
  --out BESTAND         waar de JSON komt; helemaal geschreven of helemaal niet
  --organisatie NAAM    de aanleverende organisatie (standaard &quot;Gemeente CODE&quot;)
  --kvk NUMMER          het KvK-nummer van acht cijfers (weggelaten als het niet is opgegeven)
  --contact TEKST       een contactpersoon als &quot;naam;telefoon;e-mail;functie&quot;; herhaalbaar
  --leverancier CODE    codeGegevensleverancier (standaard VANGNET)
  --json                toon {&quot;file&quot;, &quot;signals&quot;, &quot;cases&quot;, &quot;cases_without_signals&quot;,
                        &quot;leveringen&quot;, &quot;delivery&quot;, &quot;sha256&quot;, &quot;warnings&quot;}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>export ddas needs --%1</source>
        <translation>export ddas vraagt --%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>DDAS delivery %1..%2 written to %3: %4 signal(s), %5 case(s).</source>
        <translation>DDAS-levering %1..%2 geschreven naar %3: %4 signaal/signalen, %5 zaak/zaken.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n case(s) active in the period had no signals (discharge notice or opened by hand); they are not part of DDAS and were left out.</source>
        <translation>
            <numerusform>%n zaak die in de periode liep had geen signalen (uitstroommelding of met de hand geopend); die hoort niet bij DDAS en is weggelaten.</numerusform>
            <numerusform>%n zaken die in de periode liepen hadden geen signalen (uitstroommelding of met de hand geopend); die horen niet bij DDAS en zijn weggelaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ExportFeedbackCommand</name>
    <message>
        <location filename="../../src/cli/ExportFeedbackCommand.cpp" line="+13"/>
        <source>write the feedback for a signal partner: each signal&apos;s status, as CSV or Excel (team lead)</source>
        <translation>de terugkoppeling voor een signaalpartner schrijven: de status van elk signaal, als CSV of Excel (teamleider)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export feedback --partner NAME|--partner-type TYPE
                   --from DATE --to DATE --out FILE.csv|FILE.xlsx [--json]

Writes, for each signal of your team from the partner and dated in the period, what may go back
to the signal platform (terugkoppeling): the partner type and name, the partner&apos;s own signal id,
the signal date, the reported status (EnumSignaalstatus), the day it was decided, and whether
and when the case took it up. No names, addresses, notes or internal reasons. For team leads;
recorded in the audit log with the number of rows. See docs/exports.md.

  --partner NAME        the partner&apos;s name as on its signals
  --partner-type TYPE   the partner type (DDAS, e.g. Huur, Energie, Water)
  --from DATE           signals dated on or after this day (YYYY-MM-DD)
  --to DATE             signals dated on or before this day (YYYY-MM-DD)
  --out FILE            .csv or .xlsx; written completely or not at all
  --json                print {&quot;file&quot;, &quot;list&quot;, &quot;format&quot;, &quot;rows&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export feedback --partner NAAM|--partner-type SOORT
                   --from DATUM --to DATUM --out BESTAND.csv|BESTAND.xlsx [--json]

Schrijft voor elk signaal van je team van de partner, gedateerd in de periode, wat terug mag naar
het signaleringsplatform (terugkoppeling): soort en naam van de partner, het eigen signaal-id van
de partner, de signaaldatum, de gerapporteerde status (EnumSignaalstatus), de dag waarop die is
besloten, en of en wanneer de zaak het signaal heeft opgepakt. Geen namen, adressen, notities of
interne redenen. Voor teamleiders; vastgelegd in het auditlog met het aantal regels. Zie
docs/exports.md.

  --partner NAAM        de naam van de partner zoals op zijn signalen
  --partner-type SOORT  de soort partner (DDAS, bijv. Huur, Energie, Water)
  --from DATUM          signalen gedateerd op of na deze dag (JJJJ-MM-DD)
  --to DATUM            signalen gedateerd op of voor deze dag (JJJJ-MM-DD)
  --out BESTAND         .csv of .xlsx; helemaal of helemaal niet geschreven
  --json                toon {&quot;file&quot;, &quot;list&quot;, &quot;format&quot;, &quot;rows&quot;}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>export feedback needs --partner NAME or --partner-type TYPE: the file goes to one partner</source>
        <translation>export feedback heeft --partner NAAM of --partner-type SOORT nodig: het bestand gaat naar één partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligt voor --from %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export feedback needs --out FILE ending in .csv or .xlsx</source>
        <translation>export feedback heeft --out BESTAND nodig dat eindigt op .csv of .xlsx</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ExportListCommand</name>
    <message>
        <location filename="../../src/cli/ExportListCommand.cpp" line="+31"/>
        <source>write the work queue, the signals or the household list as CSV or Excel (.xlsx)</source>
        <translation>schrijf de werkvoorraad, de signalen of de huishoudens als CSV of Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export list queue|signals|households
                   --format csv|xlsx --out FILE [filters] [--json]

Writes one of the lists the application shows, with its columns and headings: the work
queue (werkvoorraad) in queue order, your team&apos;s early signals newest first (all that
match, not only the newest 5,000 the screen holds), or your team&apos;s households by name.
Only what you may see is written; the export is recorded in the audit log. Text that a
spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
gets a leading apostrophe. See docs/exports.md for the columns and the formats.

  --format csv|xlsx   CSV (UTF-8 with BOM, &apos;;&apos;, dates DD-MM-YYYY) or an Excel workbook;
                      when left out, the suffix of --out decides
  --out FILE          where to write; written completely or not at all
  --wijk W            only this district (every list)
  --as-of DATE        queue: judge the deadlines on this day (YYYY-MM-DD; default today)
  --unassigned        queue: only items nobody has taken
  --overdue           queue: only items with an overdue deadline
  --from DATE         signals: dated on or after this day (YYYY-MM-DD)
  --to DATE           signals: dated on or before this day (YYYY-MM-DD)
  --status S          signals: nieuw, in_behandeling or afgesloten
  --search TEXT       households: as the search box (BSN, postcode, address or name)
  --by-priority       households: most urgent first instead of by name
  --json              print {&quot;file&quot;, &quot;list&quot;, &quot;format&quot;, &quot;rows&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export list queue|signals|households
                   --format csv|xlsx --out BESTAND [filters] [--json]

Schrijft een van de lijsten die de applicatie toont, met haar kolommen en kopjes: de
werkvoorraad in de volgorde van de werkvoorraad, de vroegsignalen van uw team, nieuwste eerst
(alle die passen, niet alleen de nieuwste 5.000 die het scherm toont), of de huishoudens van uw
team op naam. Alleen wat u mag zien wordt geschreven; de export wordt vastgelegd in het
auditlog. Tekst die een spreadsheet als formule zou uitvoeren (beginnend met = + - @, een tab of
een regelterugloop) krijgt een apostrof ervoor. Zie docs/exports.md voor de kolommen en de formaten.

  --format csv|xlsx   CSV (UTF-8 met BOM, &apos;;&apos;, datums DD-MM-JJJJ) of een Excel-werkmap;
                      zonder deze optie beslist de extensie van --out
  --out BESTAND       waar de lijst heen moet; wordt helemaal of helemaal niet geschreven
  --wijk W            alleen deze wijk (elke lijst)
  --as-of DATUM       queue: beoordeel de termijnen op deze dag (JJJJ-MM-DD; standaard vandaag)
  --unassigned        queue: alleen wat nog niemand heeft opgepakt
  --overdue           queue: alleen regels met een verlopen termijn
  --from DATUM        signals: met een signaaldatum op of na deze dag (JJJJ-MM-DD)
  --to DATUM          signals: met een signaaldatum op of voor deze dag (JJJJ-MM-DD)
  --status S          signals: nieuw, in_behandeling of afgesloten
  --search TEKST      households: als het zoekvak (BSN, postcode, adres of naam)
  --by-priority       households: de dringendste eerst in plaats van op naam
  --json              toon {&quot;file&quot;, &quot;list&quot;, &quot;format&quot;, &quot;rows&quot;}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>export list needs the list: queue, signals or households</source>
        <translation>export list heeft de lijst nodig: queue, signals of households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown list &apos;%1&apos;; use queue, signals or households</source>
        <translation>onbekende lijst &apos;%1&apos;; gebruik queue, signals of households</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is an option of the %2 list, not of %3</source>
        <translation>--%1 is een optie van de lijst %2, niet van %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export list needs --out FILE</source>
        <translation>export list heeft --out BESTAND nodig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &apos;%1&apos;; use csv or xlsx</source>
        <translation>onbekend formaat &apos;%1&apos;; gebruik csv of xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export list needs --format csv or xlsx (or an --out file ending in .csv or .xlsx)</source>
        <translation>export list heeft --format csv of xlsx nodig (of een --out-bestand dat eindigt op .csv of .xlsx)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--status takes %1, not &apos;%2&apos;</source>
        <translation>--status neemt %1, niet &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n row(s) of the %1 list written to %2.</source>
        <translation>
            <numerusform>%n rij van de lijst %1 geschreven naar %2.</numerusform>
            <numerusform>%n rijen van de lijst %1 geschreven naar %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ExportPdfCommand</name>
    <message>
        <location filename="../../src/cli/ExportPdfCommand.cpp" line="+20"/>
        <source>write a household&apos;s case summary as PDF, for the team or for a partner organisation</source>
        <translation>de samenvatting van een huishouden als pdf schrijven, voor het team of voor een ketenpartner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME export pdf --household ID
                   --profile intern|partner --out FILE [--json]

Writes the case summary of a household of your team as PDF: members, signals and discharge
notices, flags with their explanations, cases with contact attempts, plan of action and
basic conditions, notes, ZRM scores, the housing need and placements. The intern profile
is complete (BSN masked as on screen); the partner profile, for a partner organisation,
leaves out the BSN, every note and all health, addiction and detention details
(docs/case-summary.md). The export is recorded in the audit log.

  --household ID    the household&apos;s number; give it more than once for several
  --profile P       intern or partner
  --out FILE        where to write the PDF; written completely or not at all. With several
                    households, a folder: each is written as samenvatting-&lt;id&gt;-&lt;profile&gt;.pdf
  --json            print {&quot;profile&quot;, &quot;files&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM export pdf --household ID
                   --profile intern|partner --out BESTAND [--json]

Schrijft de samenvatting van een huishouden van uw team als pdf: leden, signalen en
uitstroommeldingen, signaleringen met hun toelichting, zaken met contactpogingen, plan van aanpak
en basisvoorwaarden, notities, ZRM-scores, de woonvraag en plaatsingen. Het profiel intern is
volledig (BSN afgeschermd zoals op het scherm); het profiel partner, voor een ketenpartner, laat
het BSN, elke notitie en alle gegevens over gezondheid, verslaving en detentie weg
(docs/case-summary.md). De export wordt vastgelegd in het auditlog.

  --household ID    het nummer van het huishouden; geef het vaker voor meer huishoudens
  --profile P       intern of partner
  --out BESTAND     waar de pdf komt; helemaal of helemaal niet geschreven. Bij meer
                    huishoudens een map: elk komt als samenvatting-&lt;id&gt;-&lt;profiel&gt;.pdf
  --json            {&quot;profile&quot;, &quot;files&quot;} tonen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>export pdf needs --%1</source>
        <translation>export pdf heeft --%1 nodig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--household takes a household number (a whole number from 1), not &apos;%1&apos;</source>
        <translation>--household verwacht een huishoudnummer (een geheel getal vanaf 1), niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown profile &apos;%1&apos;; use intern or partner</source>
        <translation>onbekend profiel &apos;%1&apos;; gebruik intern of partner</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>stopped at household %1; %n summary(ies) written before it.</source>
        <translation>
            <numerusform>gestopt bij huishouden %1; daarvoor is %n samenvatting geschreven.</numerusform>
            <numerusform>gestopt bij huishouden %1; daarvoor zijn %n samenvattingen geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case summary (%1) written to %2.</source>
        <translation>Samenvatting (%1) geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdDuplicatesCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdDuplicatesCommand.cpp" line="+18"/>
        <source>list pairs of households of your team that may be one family</source>
        <translation>toon paren huishoudens van uw team die mogelijk één gezin zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household duplicates [--json]

Lists the pairs of households of your team that may be one family, highest score first, with
the reasons they were proposed (docs/duplicates.md). Pairs called &quot;not a duplicate&quot; are left out.

  --json   {pairs: [{a, b, a_version, b_version, a_name, b_name, score,
           reasons: [{key, level, text}]}]}; key same_bsn, similar_name, same_address or
           earlier_address; level error (same_bsn: must never happen) or info

Exit status: 0 listed, 2 nothing listed.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household duplicates [--json]

Toont de paren huishoudens van uw team die mogelijk één gezin zijn, hoogste score eerst, met
de redenen waarom ze zijn voorgesteld (docs/duplicates.md). Paren die &quot;geen dubbeling&quot; zijn, worden weggelaten.

  --json   {pairs: [{a, b, a_version, b_version, a_name, b_name, score,
           reasons: [{key, level, text}]}]}; key same_bsn, similar_name, same_address of
           earlier_address; level error (same_bsn: mag nooit voorkomen) of info

Afsluitstatus: 0 getoond, 2 niets getoond.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No possible duplicates.</source>
        <translation>Geen mogelijke dubbelingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdListCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdListCommand.cpp" line="+16"/>
        <source>list households, optionally searched and limited to one wijk</source>
        <translation>huishoudens tonen, desgewenst gezocht en beperkt tot één wijk</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 households shown</source>
        <translation>%1 van %2 huishoudens getoond</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household list [--search TEXT] [--wijk W] [--limit N]
       [--rule ID] [--severity LEVEL] [--by-priority] [--json]

Lists the households of your own team sorted by name, as the application&apos;s household list
does. An administrator (beheerder) sees no household data.

  --search TEXT   as the search box: a BSN (9 digits) matches exactly, a postcode or its
                  start by prefix, &quot;street number&quot; by street and number, other text
                  member names (every word) or the street name
  --wijk W        only households in this wijk (district)
  --rule ID       only households with an open flag of this signal rule (rules list)
  --severity LEVEL  only households with an open flag of at least this severity:
                  laag, midden, hoog or kritiek (with --rule: of that rule&apos;s flag)
  --by-priority   most urgent first (highest severity, then score) instead of by name
  --limit N       show at most N households (default: all)
  --json          machine-readable: {&quot;households&quot;: [{id, name, address, postcode, plaats,
                  wijk, members, priority}], &quot;count&quot;: shown, &quot;total&quot;: matching}
                  (priority: the highest severity of the open flags, or null)</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household list [--search TEKST] [--wijk W] [--limit N]
       [--rule ID] [--severity NIVEAU] [--by-priority] [--json]

Toont de huishoudens van uw eigen team op naam gesorteerd, zoals de huishoudenslijst van de
applicatie. Een functioneel beheerder ziet geen gegevens van huishoudens.

  --search TEKST  als het zoekvak: een BSN (9 cijfers) vindt precies, een postcode of het
                  begin ervan als voorvoegsel, &quot;straat nummer&quot; op straat en huisnummer, andere
                  tekst op namen van leden (elk woord) of op de straatnaam
  --wijk W        alleen huishoudens in deze wijk
  --rule ID       alleen huishoudens met een open signalering van deze signaleringsregel (rules list)
  --severity NIVEAU  alleen huishoudens met een open signalering van ten minste deze ernst:
                  laag, midden, hoog of kritiek (met --rule: van de signalering van die regel)
  --by-priority   de meest urgente eerst (hoogste ernst, dan score) in plaats van op naam
  --limit N       hoogstens N huishoudens tonen (standaard: alle)
  --json          machineleesbaar: {&quot;households&quot;: [{id, name, address, postcode, plaats,
                  wijk, members, priority}], &quot;count&quot;: getoond, &quot;total&quot;: gevonden}
                  (priority: de hoogste ernst van de open signaleringen, of null)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--severity takes laag, midden, hoog or kritiek, not &apos;%1&apos;</source>
        <translation>--severity kent laag, midden, hoog of kritiek, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdMergeCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdMergeCommand.cpp" line="+14"/>
        <source>merge two households of your team that are one family</source>
        <translation>voeg twee huishoudens van uw team samen die één gezin zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household merge KEEP OTHER
           [--keep-version N] [--other-version N] [--json]

Moves everything of household OTHER (members, signals, discharge notices, cases, flags, notes, ...)
to household KEEP and removes OTHER; members who are the same person become one. The merge is
recorded and can be undone with &apos;household unmerge MERGE_ID&apos; (docs/duplicates.md).

  --keep-version N, --other-version N   refuse when the household changed since version N
                                        (as &apos;household duplicates --json&apos; shows it)
  --json   {merge, kept, merged, persons_joined, moved: {table: rows}, removed: {table: rows}}

Exit status: 0 merged, 2 nothing changed.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household merge BLIJFT ANDER
           [--keep-version N] [--other-version N] [--json]

Verplaatst alles van huishouden ANDER (leden, signalen, uitstroommeldingen, zaken, signaleringen, notities, ...)
naar huishouden BLIJFT en verwijdert ANDER; leden die dezelfde persoon zijn, worden één. De samenvoeging wordt
vastgelegd en kan ongedaan worden gemaakt met &apos;household unmerge SAMENVOEGING_ID&apos; (docs/duplicates.md).

  --keep-version N, --other-version N   weiger als het huishouden sinds versie N is gewijzigd
                                        (zoals &apos;household duplicates --json&apos; die toont)
  --json   {merge, kept, merged, persons_joined, moved: {tabel: rijen}, removed: {tabel: rijen}}

Afsluitstatus: 0 samengevoegd, 2 niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>name the household that stays and the one that goes by their ids; see &apos;vangnet-cli household merge --help&apos;</source>
        <translation>noem het huishouden dat blijft en het huishouden dat opgaat bij hun nummers; zie &apos;vangnet-cli household merge --help&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1: a version is a whole number from 1</source>
        <translation>--%1: een versie is een geheel getal vanaf 1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Household %1 merged into household %2 (merge %3).</source>
        <translation>Huishouden %1 samengevoegd met huishouden %2 (samenvoeging %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  moved %1: %2</source>
        <translation>  verplaatst %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo with: vangnet-cli household unmerge %1</source>
        <translation>Ongedaan maken met: vangnet-cli household unmerge %1</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdMergeUndoDaysCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdMergeUndoDaysCommand.cpp" line="+12"/>
        <source>show or set how many days a household merge can be undone</source>
        <translation>toon of stel in hoeveel dagen een samenvoeging van huishoudens ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household merge-undo-days [DAYS]

Without DAYS: prints how many days a merge of two households can be undone (30 unless set).
With DAYS (1 to 365): sets it; for the functioneel beheerder, audited (docs/duplicates.md).

Exit status: 0 shown or set, 2 nothing changed.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household merge-undo-days [DAGEN]

Zonder DAGEN: toont hoeveel dagen een samenvoeging van twee huishoudens ongedaan kan worden gemaakt (30 tenzij ingesteld).
Met DAGEN (1 tot 365): stelt het in; voor de functioneel beheerder, vastgelegd in de auditlog (docs/duplicates.md).

Afsluitstatus: 0 getoond of ingesteld, 2 niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>DAYS is a whole number; see &apos;vangnet-cli household merge-undo-days --help&apos;</source>
        <translation>DAGEN is een geheel getal; zie &apos;vangnet-cli household merge-undo-days --help&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>A merge can be undone for %n day(s).</source>
        <translation>
            <numerusform>Een samenvoeging kan %n dag ongedaan worden gemaakt.</numerusform>
            <numerusform>Een samenvoeging kan %n dagen ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdShowCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdShowCommand.cpp" line="+17"/>
        <source>show one household of your team with its members and housing need</source>
        <translation>één huishouden van uw team tonen met zijn leden en woonvraag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household show ID [--json]

Shows household ID with its address, members (BSN masked, as on screen) and housing need.
Opening a household is recorded in the audit log, as in the application.

  --json   {id, name, straat, huisnummer, toevoeging, postcode, plaats, wijk,
           members: [{id, role, geboortedatum, bsn, name}], need: null or {...}}
           (need as &apos;need show --json&apos; prints it)

Exit status: 0 shown, 2 nothing shown.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household show ID [--json]

Toont huishouden ID met adres, leden (BSN gemaskeerd, zoals op het scherm) en woonvraag.
Het openen van een huishouden wordt vastgelegd in het auditlog, zoals in de applicatie.

  --json   {id, name, straat, huisnummer, toevoeging, postcode, plaats, wijk,
           members: [{id, role, geboortedatum, bsn, name}], need: null of {…}}
           (need zoals &apos;need show --json&apos; het toont)

Afsluitstatus: 0 getoond, 2 niets getoond.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name the household by its id; see &apos;vangnet-cli household show --help&apos;</source>
        <translation>geef het id van het huishouden op; zie &apos;vangnet-cli household show --help&apos;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Household %1: %2</source>
        <translation>Huishouden %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  address: %1</source>
        <translation>  adres: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  member %1: %2, %3, born %4, BSN %5</source>
        <translation>  lid %1: %2, %3, geboren %4, BSN %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  housing need: yes (see &apos;vangnet-cli need show %1&apos;)</source>
        <translation>  woonvraag: ja (zie &apos;vangnet-cli need show %1&apos;)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  housing need: none</source>
        <translation>  woonvraag: geen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::HouseholdUnmergeCommand</name>
    <message>
        <location filename="../../src/cli/HouseholdUnmergeCommand.cpp" line="+12"/>
        <source>undo a merge of two households</source>
        <translation>maak een samenvoeging van twee huishoudens ongedaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME household unmerge MERGE_ID

Splits merge MERGE_ID (as &apos;household merge&apos; printed it) back: the household that went returns with
its own members and records. Possible within the organisation&apos;s period (30 days unless set
otherwise), and only when nothing added since could belong to either household (docs/duplicates.md).

Exit status: 0 undone, 2 nothing changed.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM household unmerge SAMENVOEGING_ID

Splitst samenvoeging SAMENVOEGING_ID (zoals &apos;household merge&apos; die toonde) weer: het opgegane huishouden komt terug met
zijn eigen leden en gegevens. Mogelijk binnen de termijn van de organisatie (30 dagen tenzij anders
ingesteld), en alleen als niets wat sindsdien is toegevoegd bij beide huishoudens kan horen (docs/duplicates.md).

Afsluitstatus: 0 ongedaan gemaakt, 2 niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name the merge by its id; see &apos;vangnet-cli household unmerge --help&apos;</source>
        <translation>noem de samenvoeging bij haar nummer; zie &apos;vangnet-cli household unmerge --help&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge %1 undone.</source>
        <translation>Samenvoeging %1 ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ImportBatchCommand</name>
    <message>
        <location filename="../../src/cli/ImportBatchCommand.cpp" line="+23"/>
        <source>withdraw an import batch nobody has worked on yet</source>
        <translation>een importpartij intrekken waaraan nog niemand heeft gewerkt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>list your team&apos;s import batches with their counts</source>
        <translation>de importpartijen van uw team met hun aantallen tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import batches [--json]

Lists your own team&apos;s import batches (a batch belongs to the team of whoever imported
it), newest first: file, who imported, counts, withdrawn or not.
  --json   {&quot;batches&quot;: [{batch, kind, file, format, profile, imported_by, imported_at, read,
           imported, duplicates, rejected, matched, new_households, withdrawn_at}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import batches [--json]

Toont de importpartijen van uw eigen team (een partij hoort bij het team van wie haar
importeerde), nieuwste eerst: bestand, wie importeerde, aantallen, ingetrokken of niet.
  --json   {&quot;batches&quot;: [{batch, kind, file, format, profile, imported_by, imported_at, read,
           imported, duplicates, rejected, matched, new_households, withdrawn_at}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import withdraw BATCH

Removes the signals or notices of one batch, and the households it created that hold
nothing else. Refused once any of its rows was worked on, and for another team&apos;s batch.
Rows the batch put on another team&apos;s household go with it; that household stays.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import withdraw PARTIJ

Verwijdert de signalen of meldingen van één partij, en de huishoudens die zij aanmaakte en
verder niets bevatten. Geweigerd zodra aan een van de regels is gewerkt, en voor de partij van een ander team.
Regels die de partij bij een huishouden van een ander team zette gaan mee; dat huishouden blijft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name the batch number to withdraw, e.g. &apos;import withdraw 12&apos;</source>
        <translation>noem het nummer van de partij om in te trekken, bijv. &apos;import withdraw 12&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Batch %1 withdrawn.</source>
        <translation>Partij %1 ingetrokken.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported by</source>
        <translation>Geïmporteerd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ImportCommand</name>
    <message>
        <location filename="../../src/cli/ImportCommand.cpp" line="+26"/>
        <source>import a file of early signals (CSV or DDAS JSON) as one batch</source>
        <translation>een bestand met vroegsignalen (CSV of DDAS-JSON) als één partij importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a file of discharge notices (CSV) as one batch</source>
        <translation>een bestand met uitstroommeldingen (CSV) als één partij importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import signals FILE [--format csv|ddas]
                   [--profile NAME] [--rejects OUT.csv] [--json]

Imports early signals of arrears (docs/formats.md) as one batch: all of it, or nothing.

  --format csv|ddas  the file&apos;s format; default: ddas for .json files, else csv
</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import signals BESTAND [--format csv|ddas]
                   [--profile NAAM] [--rejects UIT.csv] [--json]

Importeert vroegsignalen van betalingsachterstanden (docs/formats.md) als één partij: helemaal, of niets.

  --format csv|ddas  de indeling van het bestand; standaard: ddas voor .json-bestanden, anders csv
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import discharges FILE [--profile NAME]
                   [--rejects OUT.csv] [--json]

Imports notices of people leaving an institution (docs/formats.md) as one batch.

</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import discharges BESTAND [--profile NAAM]
                   [--rejects UIT.csv] [--json]

Importeert meldingen van mensen die een instelling verlaten (docs/formats.md) als één partij.

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  --profile NAME     a saved column layout (mapping profile); default: the documented header
  --rejects OUT.csv  write the rows that were skipped, with line, column and reason
  --skip-rules       do not evaluate the signal rules afterwards (a bulk load; the
                     next `rules evaluate` does it)
  --json             {&quot;batch&quot;, &quot;read&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;superseded&quot;, &quot;duplicates&quot;,
                     &quot;rejected&quot;, &quot;matched&quot;, &quot;new_households&quot;, &quot;repeated&quot;, &quot;flags_raised&quot;,
                     &quot;flags_resolved&quot;, &quot;rejects&quot;: [{line, column, reason}]}

Rows are matched to households by BSN, else by address, surname and date of birth; others
get a new household of your team. A row already imported is skipped as a duplicate.
A discharge notice delivered again with its id and a new date, condition or channel updates
the stored notice (updated); a new notice replaces the person&apos;s older open one of the same
institution type (superseded).
Afterwards the signal rules evaluate the households that received something.
Exit status 1 when rows were rejected, 2 when the file was refused (nothing imported).</source>
        <translation>  --profile NAAM     een opgeslagen kolomindeling (koppelprofiel); standaard: de beschreven kopregel
  --rejects UIT.csv  schrijf de overgeslagen regels weg, met regel, kolom en reden
  --skip-rules       beoordeel de signaleringsregels daarna niet (een bulklading; de
                     volgende `rules evaluate` doet het)
  --json             {&quot;batch&quot;, &quot;read&quot;, &quot;imported&quot;, &quot;updated&quot;, &quot;superseded&quot;, &quot;duplicates&quot;,
                     &quot;rejected&quot;, &quot;matched&quot;, &quot;new_households&quot;, &quot;repeated&quot;, &quot;flags_raised&quot;,
                     &quot;flags_resolved&quot;, &quot;rejects&quot;: [{line, column, reason}]}

Regels worden bij een huishouden gezocht op BSN, anders op adres, achternaam en geboortedatum;
de overige krijgen een nieuw huishouden van uw team. Een al geïmporteerde regel wordt als dubbel overgeslagen.
Een uitstroommelding die opnieuw wordt geleverd met haar id en een nieuwe datum, basisvoorwaarde of
kanaal werkt de opgeslagen melding bij (updated); een nieuwe melding vervangt de oudere openstaande
melding van dezelfde persoon en hetzelfde soort instelling (superseded).
Daarna beoordelen de signaleringsregels de huishoudens die iets ontvingen.
Afsluitcode 1 als er regels zijn afgewezen, 2 als het bestand is geweigerd (niets geïmporteerd).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name the file to import; see &apos;vangnet-cli %1 --help&apos;</source>
        <translation>noem het bestand om te importeren; zie &apos;vangnet-cli %1 --help&apos;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Batch %1 from %2: %3 rows read, %4 imported (%5 matched to a household, %6 new households), %7 duplicates, %8 rejected.</source>
        <translation>Partij %1 uit %2: %3 regels gelezen, %4 geïmporteerd (%5 bij een bestaand huishouden, %6 nieuwe huishoudens), %7 dubbel, %8 afgewezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discharge notices: %1 updated by a re-delivery, %2 older notices superseded.</source>
        <translation>Uitstroommeldingen: %1 bijgewerkt door een nieuwe levering, %2 oudere meldingen vervangen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 line %2%3: %4</source>
        <translation>%1 regel %2%3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more; --rejects OUT.csv writes them all</source>
        <translation>… en nog %1; --rejects UIT.csv schrijft ze allemaal weg</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Signal rules: %1 flags raised, %2 resolved.</source>
        <translation>Signaleringsregels: %1 signaleringen nieuw, %2 vervallen.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ImportProfileCommand</name>
    <message>
        <location filename="../../src/cli/ImportProfileCommand.cpp" line="+25"/>
        <source>list the column layouts (mapping profiles) imports can use</source>
        <translation>de kolomindelingen (koppelprofielen) tonen die imports kunnen gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a column layout (mapping profile) from a JSON file</source>
        <translation>een kolomindeling (koppelprofiel) uit een JSON-bestand opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import profile list [--json]

Lists the built-in and saved column layouts for signal and discharge files.
  --json   {&quot;profiles&quot;: [{name, kind, columns, delimiter, encoding}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import profile list [--json]

Toont de ingebouwde en opgeslagen kolomindelingen voor signaal- en uitstroombestanden.
  --json   {&quot;profiles&quot;: [{name, kind, columns, delimiter, encoding}]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME import profile save FILE.json

Saves (or replaces) a column layout for a platform&apos;s own export, e.g.
  {&quot;name&quot;: &quot;Inforing&quot;, &quot;kind&quot;: &quot;signals&quot;, &quot;delimiter&quot;: &quot;;&quot;, &quot;encoding&quot;: &quot;auto&quot;,
   &quot;columns&quot;: {&quot;signaal_id&quot;: &quot;Kenmerk&quot;, &quot;achternaam&quot;: &quot;Naam&quot;}}
Fields not listed are read from the column of their own name (docs/formats.md).</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM import profile save BESTAND.json

Slaat een kolomindeling op voor de eigen export van een platform (of vervangt die), bijv.
  {&quot;name&quot;: &quot;Inforing&quot;, &quot;kind&quot;: &quot;signals&quot;, &quot;delimiter&quot;: &quot;;&quot;, &quot;encoding&quot;: &quot;auto&quot;,
   &quot;columns&quot;: {&quot;signaal_id&quot;: &quot;Kenmerk&quot;, &quot;achternaam&quot;: &quot;Naam&quot;}}
Velden die er niet in staan, worden gelezen uit de kolom met hun eigen naam (docs/formats.md).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name the JSON file with the profile; see &apos;vangnet-cli import profile save --help&apos;</source>
        <translation>noem het JSON-bestand met het profiel; zie &apos;vangnet-cli import profile save --help&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is geen JSON-object: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &apos;%1&apos; saved.</source>
        <translation>Profiel &apos;%1&apos; opgeslagen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns renamed</source>
        <translation>Hernoemde kolommen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::InfoCommand</name>
    <message>
        <location filename="../../src/cli/InfoCommand.cpp" line="+16"/>
        <source>show the database&apos;s engine, location, schema version and counts</source>
        <translation>soort, locatie, schemaversie en aantallen van de database tonen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Early signals</source>
        <translation>Vroegsignalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge notices</source>
        <translation>Uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Engine</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME info [--json]

Shows which database is used (engine and location, without password), its schema
version and, need-to-know, how much your own team holds: households, people, early
signals, discharge notices and open cases. Any logged-in user may ask; the
administrator sees no household counts.

  --json   machine-readable output with the keys engine, location, schema_version and,
           for a team member, households, people, signals, discharge_notices, open_cases</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM info [--json]

Toont welke database wordt gebruikt (soort en locatie, zonder wachtwoord), de
schemaversie en, alleen wat u mag zien, hoeveel uw eigen team heeft: huishoudens, personen,
vroegsignalen, uitstroommeldingen en open zaken. Elke ingelogde gebruiker mag dit vragen;
de functioneel beheerder ziet geen aantallen van huishoudens.

  --json   machineleesbare uitvoer met de sleutels engine, location, schema_version en,
           voor een teamlid, households, people, signals, discharge_notices, open_cases</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::KeysRotateCommand</name>
    <message>
        <location filename="../../src/cli/KeysRotateCommand.cpp" line="+13"/>
        <source>make a new team key and re-seal the team&apos;s fields (a team member and the administrator)</source>
        <translation>een nieuwe teamsleutel maken en de velden van het team opnieuw versleutelen (een teamlid en de beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user MEMBER keys rotate --team NAME --admin NAME
                   [--admin-password-fd N] [--json]

Makes the next version of the team&apos;s key, re-seals every protected field of the team&apos;s
households (BSNs, notes, case texts) under it, gives it to every active member of the team
and deletes the old version&apos;s grants; the rotation is recorded in the audit log.
Do it after a member left or was disabled: the old key, which they may have copied, then
opens nothing.

Two people agree: --user is a member of the team who holds its current key (their password
as for every command), --admin an administrator (beheerder), whose password comes from
--admin-password-fd N, else VANGNET_ADMIN_PASSWORD, else a prompt.
--json prints {team, retired, made, fieldsResealed, membersGranted}.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user LID keys rotate --team NAAM --admin NAAM
                   [--admin-password-fd N] [--json]

Maakt de volgende versie van de sleutel van het team, versleutelt elk beschermd veld van de
huishoudens van het team (BSN&apos;s, notities, zaakteksten) er opnieuw mee, geeft hem aan elk actief
teamlid en verwijdert de toekenningen van de oude versie; het vernieuwen komt in het auditlog.
Doe dit als een teamlid vertrok of werd uitgeschakeld: de oude sleutel, die hij kan hebben
gekopieerd, opent dan niets meer.

Twee mensen stemmen in: --user is een lid van het team dat de huidige sleutel heeft (wachtwoord
als bij elk commando), --admin een beheerder, wiens wachtwoord komt uit --admin-password-fd N,
anders VANGNET_ADMIN_PASSWORD, anders een vraag in de terminal.
--json geeft {team, retired, made, fieldsResealed, membersGranted}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>keys rotate needs the team and the administrator: keys rotate --team NAME --admin NAME</source>
        <translation>keys rotate heeft het team en de beheerder nodig: keys rotate --team NAAM --admin NAAM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--team: there is no team &apos;%1&apos; (see &apos;vangnet-cli team list&apos;)</source>
        <translation>--team: er is geen team &apos;%1&apos; (zie &apos;vangnet-cli team list&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--user %1 is not a member of team &apos;%2&apos;: a member of the team holds its key</source>
        <translation>--user %1 is geen lid van team &apos;%2&apos;: een lid van het team heeft de sleutel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Team &apos;%1&apos; has key version %2 now: %3 fields re-sealed, given to %4 members; version %5 opens nothing.</source>
        <translation>Team &apos;%1&apos; heeft nu sleutelversie %2: %3 velden opnieuw versleuteld, gegeven aan %4 leden; versie %5 opent niets meer.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::LoggedInDatabase</name>
    <message>
        <location filename="../../src/cli/LoggedInDatabase.cpp" line="+41"/>
        <source>this command needs --user NAME before the command</source>
        <translation>deze opdracht heeft --user NAAM vóór de opdracht nodig</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the team server refused the login of %1 (wrong user name or password, or a disabled account): %2</source>
        <translation>de teamserver weigerde de aanmelding van %1 (verkeerde gebruikersnaam of wachtwoord, of een uitgeschakeld account): %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>this database has no users yet; start Vangnet to create the first administrator</source>
        <translation>deze database heeft nog geen gebruikers; start Vangnet om de eerste beheerder aan te maken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no password: nothing could be read from file descriptor %1 (%2)</source>
        <translation>geen wachtwoord: van bestandsdescriptor %1 kon niets worden gelezen (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password: use %1 N, set %2 or run from a terminal</source>
        <translation>geen wachtwoord: gebruik %1 N, zet %2 of start vanuit een terminal</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::MigrateCommand</name>
    <message>
        <location filename="../../src/cli/MigrateCommand.cpp" line="+14"/>
        <source>move an SQLite database onto a new team server, with a login role per user (the server&apos;s administrator)</source>
        <translation>een SQLite-database naar een nieuwe teamserver verhuizen, met een aanmeldrol per gebruiker (de beheerder van de server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli migrate --from FILE.sqlite --to postgresql://ADMIN@HOST/DB --passwords FILE [--json]

Copies the whole database — sealed fields as they are, key slots, key grants, the audit chain —
into an empty PostgreSQL database, sets it up as a team server as &apos;server init&apos; does, and
makes each user&apos;s login role. --to is the server&apos;s administrator (a superuser).
--passwords holds lines username:password, each user&apos;s current Vangnet password (collect them,
or reset them first); each must open its user&apos;s key. A user without a line, or disabled, gets a
login role that cannot log in until the administrator resets their password.
Before it commits it counts every table&apos;s rows again and verifies the audit chain on the
server; on any problem nothing is written. The source is only read, never changed.
Refused: a source that fails SQLite&apos;s integrity check, of another Vangnet version, or with
fields still under the shared key; a target that is not empty.
--json prints {tables, rows, users, loginsEnabled, loginsDisabled, auditRecords}.
See docs/team-mode.md.</source>
        <translation>Gebruik: vangnet-cli migrate --from BESTAND.sqlite --to postgresql://ADMIN@HOST/DB --passwords BESTAND [--json]

Kopieert de hele database — verzegelde velden zoals ze zijn, sleutelvakken, sleuteltoekenningen, de auditketen —
naar een lege PostgreSQL-database, richt die in als teamserver zoals &apos;server init&apos; doet, en
maakt voor elke gebruiker een aanmeldrol. --to is de beheerder van de server (een superuser).
--passwords bevat regels gebruikersnaam:wachtwoord, het huidige Vangnet-wachtwoord van elke gebruiker
(verzamel ze, of stel ze eerst opnieuw in); elk moet de sleutel van die gebruiker openen. Een gebruiker
zonder regel, of uitgeschakeld, krijgt een aanmeldrol die niet kan aanmelden tot de beheerder een nieuw
wachtwoord instelt.
Vóór het vastleggen telt het de rijen van elke tabel opnieuw en controleert het de auditketen op de
server; bij elk probleem wordt niets geschreven. De bron wordt alleen gelezen, nooit gewijzigd.
Geweigerd: een bron die niet door de integriteitscontrole van SQLite komt, van een andere Vangnet-versie,
of met velden nog onder de gedeelde sleutel; een doel dat niet leeg is.
--json geeft {tables, rows, users, loginsEnabled, loginsDisabled, auditRecords}.
Zie docs/team-mode.md.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>migrate needs --from FILE.sqlite --to postgresql://ADMIN@HOST/DB --passwords FILE</source>
        <translation>migrate heeft --from BESTAND.sqlite --to postgresql://ADMIN@HOST/DB --passwords BESTAND nodig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moved %1 rows in %2 tables to %3. %4 of %5 users can log in with their password; the others wait for a password reset. The audit chain (%6 records) verifies on the server.</source>
        <translation>%1 rijen in %2 tabellen verhuisd naar %3. %4 van de %5 gebruikers kunnen zich aanmelden met hun wachtwoord; de anderen wachten op een nieuw wachtwoord. De auditketen (%6 records) klopt op de server.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::NeedImportCommand</name>
    <message>
        <location filename="../../src/cli/NeedImportCommand.cpp" line="+10"/>
        <source>import housing needs (woonvragen) for households of your team from a CSV file</source>
        <translation>woonvragen voor huishoudens van uw team importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME need import FILE [--json]

Reads one housing need per household from FILE, &apos;;&apos;-separated with exactly this header:
huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf
huishouden_id and aanvrager_id are the ids &apos;household show ID --json&apos; prints; rolstoel and
huisdier are ja or nee; woonvormen and wijken are comma-separated (empty: any).
A household&apos;s need is added, replaced when it changed, or left alone. Rows with a mistake
are reported with line, column and reason; the rest is stored. A file with another header
is refused whole. Only households of your own team can be given a need.
See docs/planner.md, &quot;Housing need&quot;.

  --json   {&quot;read&quot;, &quot;inserted&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;rejected&quot;,
           &quot;rejects&quot;: [{line, column, reason}]}

Exit status: 0 all rows stored, 1 some rows rejected, 2 nothing done.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM need import BESTAND [--json]

Leest één woonvraag per huishouden uit BESTAND, gescheiden door &apos;;&apos; met precies deze kopregel:
huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf
huishouden_id en aanvrager_id zijn de ids die &apos;household show ID --json&apos; toont; rolstoel en
huisdier zijn ja of nee; woonvormen en wijken zijn gescheiden door komma&apos;s (leeg: alle).
De woonvraag van een huishouden wordt toegevoegd, vervangen als ze veranderd is, of gelaten.
Regels met een fout worden gemeld met regel, kolom en reden; de rest wordt opgeslagen. Een bestand
met een andere kopregel wordt geheel geweigerd. Alleen huishoudens van uw eigen team krijgen een woonvraag.
Zie docs/planner.md, &quot;Housing need&quot;.

  --json   {&quot;read&quot;, &quot;inserted&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;rejected&quot;,
           &quot;rejects&quot;: [{line, column, reason}]}

Afsluitstatus: 0 alle regels opgeslagen, 1 sommige regels geweigerd, 2 niets gedaan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name the file to import; see &apos;vangnet-cli need import --help&apos;</source>
        <translation>geef het bestand op dat u wilt importeren; zie &apos;vangnet-cli need import --help&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing needs from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Woonvragen uit %1: %2 regels gelezen, %3 toegevoegd, %4 bijgewerkt, %5 ongewijzigd, %6 geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 line %2%3: %4</source>
        <translation>%1 regel %2%3: %4</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::NeedShowCommand</name>
    <message>
        <location filename="../../src/cli/NeedShowCommand.cpp" line="+16"/>
        <source>show the housing need (woonvraag) of a household of your team</source>
        <translation>de woonvraag van een huishouden van uw team tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME need show HOUSEHOLD [--json]

Shows the housing need of household HOUSEHOLD (its id), if it has one.

  --json   {&quot;need&quot;: null or {huishouden_id, aanvrager_id, personen, rolstoel, huisdier,
           begeleiding, woonvormen, wijken, vanaf, updated_at, updated_by}}

Exit status: 0 shown, 2 nothing shown.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM need show HUISHOUDEN [--json]

Toont de woonvraag van huishouden HUISHOUDEN (zijn id), als het er een heeft.

  --json   {&quot;need&quot;: null of {huishouden_id, aanvrager_id, personen, rolstoel, huisdier,
           begeleiding, woonvormen, wijken, vanaf, updated_at, updated_by}}

Afsluitstatus: 0 getoond, 2 niets getoond.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name the household by its id; see &apos;vangnet-cli need show --help&apos;</source>
        <translation>geef het id van het huishouden op; zie &apos;vangnet-cli need show --help&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Household %1 has no housing need.</source>
        <translation>Huishouden %1 heeft geen woonvraag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Housing need of household %1: applicant %2, %n person(s), from %3</source>
        <translation>
            <numerusform>Woonvraag van huishouden %1: aanvrager %2, %n persoon, vanaf %3</numerusform>
            <numerusform>Woonvraag van huishouden %1: aanvrager %2, %n personen, vanaf %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  begeleiding %1, wheelchair %2, pet %3</source>
        <translation>  begeleiding %1, rolstoel %2, huisdier %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  woonvormen: %1</source>
        <translation>  woonvormen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  wijken: %1</source>
        <translation>  wijken: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::OrganisationCommand</name>
    <message>
        <location filename="../../src/cli/OrganisationCommand.cpp" line="+14"/>
        <source>the municipality&apos;s name and logo on reports</source>
        <translation>de naam en het logo van de gemeente op rapporten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME organisation [--name NAME] [--logo FILE | --no-logo] [--json]

Without options: prints the name and whether a logo is set. Changing them is for the
functioneel beheerder and is audited.

  --name NAME   the municipality&apos;s name on reports, e.g. &quot;Gemeente Zonnedal&quot;; &quot;&quot; removes it
  --logo FILE   a PNG or JPEG of at most 512 KB
  --no-logo     removes the logo
  --json        print {&quot;municipality&quot;, &quot;logo_bytes&quot;, &quot;updated_at&quot;, &quot;updated_by&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM organisation [--name NAAM] [--logo BESTAND | --no-logo] [--json]

Zonder opties: toont de naam en of er een logo is. Wijzigen is voor de functioneel beheerder
en wordt vastgelegd in het auditlog.

  --name NAAM     de naam van de gemeente op rapporten, bijvoorbeeld &quot;Gemeente Zonnedal&quot;; &quot;&quot; verwijdert hem
  --logo BESTAND  een PNG of JPEG van hoogstens 512 KB
  --no-logo       verwijdert het logo
  --json          druk {&quot;municipality&quot;, &quot;logo_bytes&quot;, &quot;updated_at&quot;, &quot;updated_by&quot;} af</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give --logo FILE or --no-logo, not both</source>
        <translation>geef --logo BESTAND of --no-logo, niet allebei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the logo is larger than %2 KB</source>
        <translation>%1: het logo is groter dan %2 KB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty; use --no-logo to remove the logo</source>
        <translation>%1 is leeg; gebruik --no-logo om het logo te verwijderen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Municipality: %1</source>
        <translation>Gemeente: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo: none</source>
        <translation>Logo: geen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logo: %1 bytes</source>
        <translation>Logo: %1 bytes</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlacesImportCommand</name>
    <message>
        <location filename="../../src/cli/PlacesImportCommand.cpp" line="+10"/>
        <source>import the place inventory from a provider&apos;s CSV file (administrator)</source>
        <translation>de woonplekken inlezen uit een CSV-bestand van een aanbieder (functioneel beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME places import FILE [--json]

Reads supported-housing places from FILE, &apos;;&apos;-separated with exactly this header:
plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;max_personen;rolstoel;huisdieren;begeleiding
A new plek_id is added, a changed one updated (its status kept), an unchanged one left alone.
Rows with a mistake are reported with line, column and reason; the rest is stored. A file
with another header is refused whole. Only the administrator (beheerder) may import.
See docs/planner.md, &quot;Place inventory&quot;.

  --json   {&quot;read&quot;, &quot;inserted&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;rejected&quot;,
           &quot;rejects&quot;: [{line, column, reason}]}

Exit status: 0 all rows stored, 1 some rows rejected, 2 nothing done.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM places import BESTAND [--json]

Leest woonplekken met begeleiding uit BESTAND, gescheiden door &apos;;&apos; met precies deze kopregel:
plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;max_personen;rolstoel;huisdieren;begeleiding
Een nieuwe plek_id wordt toegevoegd, een gewijzigde bijgewerkt (de status blijft), een ongewijzigde blijft staan.
Regels met een fout worden gemeld met regel, kolom en reden; de rest wordt opgeslagen. Een bestand
met een andere kopregel wordt in zijn geheel geweigerd. Alleen de functioneel beheerder (beheerder) mag inlezen.
Zie docs/planner.md, &quot;Place inventory&quot;.

  --json   {&quot;read&quot;, &quot;inserted&quot;, &quot;updated&quot;, &quot;unchanged&quot;, &quot;rejected&quot;,
           &quot;rejects&quot;: [{line, column, reason}]}

Afsluitcode: 0 alle regels opgeslagen, 1 regels geweigerd, 2 niets gedaan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name the file to import; see &apos;vangnet-cli places import --help&apos;</source>
        <translation>noem het bestand dat ingelezen moet worden; zie &apos;vangnet-cli places import --help&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places from %1: %2 rows read, %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Plekken uit %1: %2 regels gelezen, %3 toegevoegd, %4 bijgewerkt, %5 ongewijzigd, %6 geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 line %2%3: %4</source>
        <translation>%1 regel %2%3: %4</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlacesListCommand</name>
    <message>
        <location filename="../../src/cli/PlacesListCommand.cpp" line="+35"/>
        <source>list the place inventory</source>
        <translation>de woonplekken tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME places list [--json]

Lists every supported-housing place, ordered by plek_id. Team leads, caseworkers and the
administrator may read it: places hold no personal data.

  --json   {&quot;places&quot;: [{plek_id, aanbieder, locatie, wijk, woonvorm, capaciteit,
           beschikbaar_vanaf, status, min_leeftijd, max_leeftijd, max_personen, rolstoel,
           huisdieren, begeleiding}]}; a missing bound is null</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM places list [--json]

Toont alle woonplekken met begeleiding, op plek_id. Teamleiders, consulenten en de
functioneel beheerder mogen ze lezen: plekken bevatten geen persoonsgegevens.

  --json   {&quot;places&quot;: [{plek_id, aanbieder, locatie, wijk, woonvorm, capaciteit,
           beschikbaar_vanaf, status, min_leeftijd, max_leeftijd, max_personen, rolstoel,
           huisdieren, begeleiding}]}; een ontbrekende grens is null</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Housing type</source>
        <translation>Woonvorm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No places yet; the administrator imports them with &apos;places import&apos;.</source>
        <translation>Nog geen plekken; de functioneel beheerder leest ze in met &apos;places import&apos;.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlacesStatusCommand</name>
    <message>
        <location filename="../../src/cli/PlacesStatusCommand.cpp" line="+25"/>
        <source>change the status of one place (administrator)</source>
        <translation>de status van één plek wijzigen (functioneel beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME places status PLEK_ID STATUS

Sets the status of the place PLEK_ID. Only the administrator (beheerder) may do this;
the change is audited. Only a place that is vrij takes part in a plan.

  STATUS   one of: %1</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM places status PLEK_ID STATUS

Zet de status van de plek PLEK_ID. Alleen de functioneel beheerder (beheerder) mag dit;
de wijziging komt in het auditlog. Alleen een plek die vrij is doet mee in een plan.

  STATUS   een van: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>places status needs a plek_id and a status: places status PLEK_ID STATUS</source>
        <translation>places status vraagt een plek_id en een status: places status PLEK_ID STATUS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown status &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende status &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Place %1 is now %2.</source>
        <translation>Plek %1 is nu %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlanCommand</name>
    <message>
        <location filename="../../src/cli/PlanCommand.cpp" line="+73"/>
        <source>the housing plan from the database, optimal beside greedy (--instance: solve an exported instance file)</source>
        <translation>het huisvestingsplan vanuit de database, optimaal naast greedy (--instance: een geëxporteerd instantiebestand oplossen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME plan [--as-of DATE] [--horizon DAYS] [--json]
                   [--export-instance FILE] [--dry-run]
       vangnet-cli plan --instance FILE [--solver augmenting|network-simplex] [--json]

Proposes the housing plan (docs/planner.md): as many kritiek households as possible in an eligible
place, then hoog, midden and laag, then the highest priorities; the greedy baseline (each household
in turn takes the first eligible place) is shown beside it. From the database it needs a team lead
(the run covers every team) and stores the run (plan runs, plan show; earlier proposals nobody
approved lapse); pins that cannot be kept, no candidates or no places are refused with the reason.
With --instance it solves an instance file alone: no login, no database; a file with a mistake is
refused with its JSON path.
  --as-of DATE            the plan date (YYYY-MM-DD; default today): ages and waiting days on it
  --horizon DAYS          places available and needs starting within DAYS after it (0-365, default 30)
  --export-instance FILE  also write the instance the solver saw, for plan --instance or another solver
  --dry-run               propose only: store no run, change nothing
  --solver                augmenting (default) or network-simplex (LEMON); both are exact
  --json    {&quot;placed_by_tier&quot;, &quot;greedy_placed_by_tier&quot;, &quot;more_than_greedy&quot;, &quot;objective&quot;,
            &quot;greedy_objective&quot;, &quot;assignments&quot;: [{household, place, tier, pinned, explanation}],
            &quot;unplaced&quot;: [{household, tier, reason, reason_code, explanation}], &quot;seconds&quot;,
            &quot;not_candidates&quot;: [{household, standing}], &quot;as_of&quot;, &quot;horizon_days&quot;, &quot;run&quot;, …}
            (explanation, not_candidates, as_of, horizon_days, run: from the database only;
            run is the stored run&apos;s id, null with --dry-run)

Exit status: 0 planned, 2 nothing planned (bad arguments, refused, or a bad file).</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM plan [--as-of DATUM] [--horizon DAGEN] [--json]
                   [--export-instance BESTAND] [--dry-run]
       vangnet-cli plan --instance BESTAND [--solver augmenting|network-simplex] [--json]

Stelt het huisvestingsplan voor (docs/planner.md): zo veel mogelijk kritieke huishoudens in een passende
plek, dan hoog, midden en laag, dan de hoogste prioriteiten; de greedy-basislijn (elk huishouden neemt
om de beurt de eerste passende plek) staat ernaast. Vanuit de database is een teamleider nodig (de run
omvat alle teams) en wordt de run opgeslagen (plan runs, plan show; eerdere voorstellen die niemand
goedkeurde vervallen); vastzettingen die niet kunnen, geen kandidaten of geen plekken worden met de reden geweigerd.
Met --instance lost het een instantiebestand op zichzelf op: geen inloggen, geen database; een bestand met een fout
wordt geweigerd met het JSON-pad.
  --as-of DATUM           de plandatum (JJJJ-MM-DD; standaard vandaag): leeftijden en wachtdagen op die dag
  --horizon DAGEN         plekken beschikbaar en woonvragen die ingaan binnen DAGEN daarna (0-365, standaard 30)
  --export-instance BESTAND  schrijf ook de instantie die de solver zag, voor plan --instance of een andere solver
  --dry-run               alleen voorstellen: geen run opslaan, niets veranderen
  --solver                augmenting (standaard) of network-simplex (LEMON); beide zijn exact
  --json    {&quot;placed_by_tier&quot;, &quot;greedy_placed_by_tier&quot;, &quot;more_than_greedy&quot;, &quot;objective&quot;,
            &quot;greedy_objective&quot;, &quot;assignments&quot;: [{household, place, tier, pinned, explanation}],
            &quot;unplaced&quot;: [{household, tier, reason, reason_code, explanation}], &quot;seconds&quot;,
            &quot;not_candidates&quot;: [{household, standing}], &quot;as_of&quot;, &quot;horizon_days&quot;, &quot;run&quot;, …}
            (explanation, not_candidates, as_of, horizon_days, run: alleen vanuit de database;
            run is het id van de opgeslagen run, null met --dry-run)

Afsluitstatus: 0 gepland, 2 niets gepland (onbruikbare argumenten, geweigerd of een fout bestand).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--%1 plans from the database; --instance solves a file alone</source>
        <translation>--%1 plant vanuit de database; --instance lost een bestand op zichzelf op</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--solver is for --instance; a plan from the database uses the default solver</source>
        <translation>--solver hoort bij --instance; een plan vanuit de database gebruikt de standaardsolver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--horizon must be a whole number of days from 0 to %1, not &apos;%2&apos;</source>
        <translation>--horizon moet een heel aantal dagen van 0 tot en met %1 zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Plan of %1, horizon %2 days: %3 candidates, %4 places, %5 eligible pairs.</source>
        <translation>Plan van %1, horizon %2 dagen: %3 kandidaten, %4 plekken, %5 passende paren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: optimal: %2 placed, greedy: %3</source>
        <translation>%1: optimaal: %2 geplaatst, greedy: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n household(s) with a housing need are not candidates; --json lists them.</source>
        <translation>
            <numerusform>%n huishouden met een woonvraag is geen kandidaat; --json noemt het.</numerusform>
            <numerusform>%n huishoudens met een woonvraag zijn geen kandidaat; --json noemt ze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole run took %1 s.</source>
        <translation>De hele run duurde %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored as plan run %1: plan show %1 lists it, plan approve ENTRY approves a proposal.</source>
        <translation>Opgeslagen als planrun %1: plan show %1 toont hem, plan approve ENTRY keurt een voorstel goed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown solver &apos;%1&apos;; use augmenting or network-simplex</source>
        <translation>onbekende solver &apos;%1&apos;; gebruik augmenting of network-simplex</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 candidates, %2 places (%3 households in all), %4 eligible pairs.</source>
        <translation>%1 kandidaten, %2 plekken (samen %3 huishoudens), %4 passende paren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimal</source>
        <translation>Optimaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Priority sum of the placed households: optimal %1, greedy %2.</source>
        <translation>Prioriteitssom van de geplaatste huishoudens: optimaal %1, greedy %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solved in %1 s (%2); greedy baseline %3 s.</source>
        <translation>Opgelost in %1 s (%2); greedy-basislijn %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n household(s) not placed; --json lists each with its reason.</source>
        <translation>
            <numerusform>%n huishouden(s) niet geplaatst; --json geeft elk met de reden.</numerusform>
            <numerusform>%n huishouden(s) niet geplaatst; --json geeft elk met de reden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlanOutlookCommand</name>
    <message>
        <location filename="../../src/cli/PlanOutlookCommand.cpp" line="+24"/>
        <source>capacity outlook: expected demand against places, per woonvorm, for 13 weeks</source>
        <translation>capaciteitsprognose: verwachte vraag tegenover plekken, per woonvorm, voor 13 weken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME plan outlook [--as-of DATE] [--json]

For the 13 weeks from today (or --as-of, YYYY-MM-DD), per woonvorm: the households expected to
need a place (candidates now, and discharges and 18th birthdays in youth care that the rules
flag) against the places becoming available, and the weeks and woonvormen that run short.
Team leads only; counts, no names. The policy is in docs/planner.md, &quot;Capacity outlook&quot;.

The table shows per week the cumulative balance (places minus households so far): &quot;short N&quot;
where N more households than places are expected.

  --json   {as_of, end, weeks: [{week, start, end, woonvormen: {KEY: {demand, supply,
           cumulative_demand, cumulative_supply, balance, short}}, geen_voorkeur: {demand,
           cumulative_demand}, total: {…}}], first_shortage: {woonvorm, week, start, deficit}
           or null, first_total_shortage, shortages: [...], counts: {candidates, discharges,
           turning_18, later, places, assigned_by}}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM plan outlook [--as-of DATUM] [--json]

Voor de 13 weken vanaf vandaag (of --as-of, JJJJ-MM-DD), per woonvorm: de huishoudens die naar
verwachting een plek nodig hebben (kandidaten nu, en uitstroom en 18e verjaardagen in de
jeugdzorg die de signaalregels signaleren) tegenover de plekken die vrijkomen, en de weken en
woonvormen die tekortkomen. Alleen voor teamleiders; aantallen, geen namen. Het beleid staat
in docs/planner.md, &quot;Capacity outlook&quot;.

De tabel toont per week het cumulatieve saldo (plekken min huishoudens tot dan): &quot;tekort N&quot;
waar N huishoudens meer dan plekken verwacht worden.

  --json   {as_of, end, weeks: [{week, start, end, woonvormen: {SLEUTEL: {demand, supply,
           cumulative_demand, cumulative_supply, balance, short}}, geen_voorkeur: {demand,
           cumulative_demand}, total: {…}}], first_shortage: {woonvorm, week, start, deficit}
           of null, first_total_shortage, shortages: [...], counts: {candidates, discharges,
           turning_18, later, places, assigned_by}}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preference (households)</source>
        <translation>Geen voorkeur (huishoudens)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlanRunReadCommand</name>
    <message>
        <location filename="../../src/cli/PlanRunReadCommand.cpp" line="+22"/>
        <source>list the stored plan runs, newest first</source>
        <translation>de opgeslagen planruns tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show a stored plan run: its figures and its proposals</source>
        <translation>een opgeslagen planrun tonen: de cijfers en de voorstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME plan runs [--json]

Lists the stored plan runs, newest first: plan date, horizon, who made the run and when,
candidates, places, and per tier (kritiek/hoog/midden/laag) how many the optimal plan and the
greedy baseline placed.

  --json   {&quot;runs&quot;: [{id, as_of, horizon_days, run_at, run_by, candidates, places,
           placed_by_tier, greedy_placed_by_tier}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM plan runs [--json]

Toont de opgeslagen planruns, nieuwste eerst: plandatum, horizon, wie de run maakte en wanneer,
kandidaten, plekken, en per urgentie (kritiek/hoog/midden/laag) hoeveel het optimale plan en de
greedy-vergelijking plaatsten.

  --json   {&quot;runs&quot;: [{id, as_of, horizon_days, run_at, run_by, candidates, places,
           placed_by_tier, greedy_placed_by_tier}]}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME plan show RUN [--json]

Shows plan run RUN as it was stored, with one entry per candidate: the proposed place and
where the proposal stands (voorgesteld, niet_geplaatst, goedgekeurd, aangeboden, geaccepteerd,
afgewezen, geplaatst, vervallen). Of households outside your team you see the id, the tier
and the status only. Name an entry in &apos;plan approve&apos;, &apos;plan offer&apos;, … by its number.

  --json   {&quot;run&quot;: {…as plan runs}, &quot;result&quot;: {…as plan --json}, &quot;entries&quot;: [{entry, run,
           household, tier, status, place, greedy_place, pinned, reason_code, blocking_tier,
           explanation, restricted}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM plan show RUN [--json]

Toont planrun RUN zoals die is opgeslagen, met één regel per kandidaat: de voorgestelde plek en
waar het voorstel staat (voorgesteld, niet_geplaatst, goedgekeurd, aangeboden, geaccepteerd,
afgewezen, geplaatst, vervallen). Van huishoudens buiten uw team ziet u alleen het id, de
urgentie en de status. Noem een regel in &apos;plan approve&apos;, &apos;plan offer&apos;, … bij zijn nummer.

  --json   {&quot;run&quot;: {…als plan runs}, &quot;result&quot;: {…als plan --json}, &quot;entries&quot;: [{entry, run,
           household, tier, status, place, greedy_place, pinned, reason_code, blocking_tier,
           explanation, restricted}]}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name the run by its number; see &apos;vangnet-cli plan runs&apos;</source>
        <translation>noem de run bij zijn nummer; zie &apos;vangnet-cli plan runs&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed k/h/m/l</source>
        <translation>Geplaatst k/h/m/l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy k/h/m/l</source>
        <translation>Greedy k/h/m/l</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan runs yet.</source>
        <translation>Nog geen planruns.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan run %1 on %2 (horizon %3 days), made %4 by %5: %6 candidates, %7 places.</source>
        <translation>Planrun %1 op %2 (horizon %3 dagen), gemaakt %4 door %5: %6 kandidaten, %7 plekken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: optimal %2 placed, greedy %3</source>
        <translation>  %1: optimaal %2 geplaatst, greedy %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(another team)</source>
        <translation>(ander team)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Plek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Explanations:</source>
        <translation>Uitleg:</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::PlanRunStepCommand</name>
    <message>
        <location filename="../../src/cli/PlanRunStepCommand.cpp" line="+28"/>
        <source>approve a proposal of a plan run (team lead)</source>
        <translation>een voorstel van een planrun goedkeuren (teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that an approved proposal was offered to the household</source>
        <translation>vastleggen dat een goedgekeurd voorstel aan het huishouden is aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the household accepted the offer</source>
        <translation>vastleggen dat het huishouden het aanbod heeft geaccepteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the household declined the offer, and why</source>
        <translation>vastleggen dat het huishouden het aanbod heeft afgewezen, en waarom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record that the household moved into the place</source>
        <translation>vastleggen dat het huishouden in de plek is gaan wonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin a household to a place for later plan runs (team lead)</source>
        <translation>een huishouden vastzetten aan een plek voor volgende planruns (teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a household&apos;s pin (team lead)</source>
        <translation>een huishouden losmaken van zijn plek (teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never propose this place to this household</source>
        <translation>deze plek nooit aan dit huishouden voorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift an exclusion (team lead)</source>
        <translation>een uitsluiting opheffen (teamleider)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME plan %1

</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM plan %1

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approves proposal ENTRY (its number in &apos;plan show&apos;): voorgesteld becomes goedgekeurd and the
place is held for the household. Only the team lead of the household&apos;s team may; the place
must still be vrij with capacity left.</source>
        <translation>Keurt voorstel ENTRY goed (het nummer in &apos;plan show&apos;): voorgesteld wordt goedgekeurd en de
plek wordt voor het huishouden vastgehouden. Alleen de teamleider van het team van het huishouden
mag dit; de plek moet nog vrij zijn en ruimte hebben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records that approved proposal ENTRY was offered to the household (goedgekeurd becomes
aangeboden). A caseworker or the team lead of the household&apos;s team.</source>
        <translation>Legt vast dat goedgekeurd voorstel ENTRY aan het huishouden is aangeboden (goedgekeurd wordt
aangeboden). Een consulent of de teamleider van het team van het huishouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records that the household accepted offer ENTRY (aangeboden becomes geaccepteerd).</source>
        <translation>Legt vast dat het huishouden aanbod ENTRY heeft geaccepteerd (aangeboden wordt geaccepteerd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that the household declined offer ENTRY (aangeboden becomes afgewezen). The reason
is required and stored encrypted; the household and place are excluded from later runs.</source>
        <translation>Legt vast dat het huishouden aanbod ENTRY heeft afgewezen (aangeboden wordt afgewezen). De reden
is verplicht en wordt versleuteld opgeslagen; huishouden en plek worden uitgesloten in volgende runs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records that the household moved into the place of accepted offer ENTRY on DATE (YYYY-MM-DD,
default today): geaccepteerd becomes geplaatst, the place&apos;s capacity is taken (bezet when
full) and the household&apos;s open case gets a note of the placement.</source>
        <translation>Legt vast dat het huishouden op DATUM (JJJJ-MM-DD, standaard vandaag) in de plek van geaccepteerd
aanbod ENTRY is gaan wonen: geaccepteerd wordt geplaatst, de capaciteit van de plek wordt
ingenomen (bezet als die vol is) en de open zaak van het huishouden krijgt een notitie van de plaatsing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pins household HOUSEHOLD (its id) to place PLEK_ID: later plan runs place it there. The team
lead of the household&apos;s team; the household needs a housing need, the place must be vrij,
have room for another pin, and the pair may not be excluded.</source>
        <translation>Zet huishouden HOUSEHOLD (het id) vast aan plek PLEK_ID: volgende planruns plaatsen het daar. De
teamleider van het team van het huishouden; het huishouden heeft een woonvraag nodig, de plek moet
vrij zijn en ruimte hebben, en het paar mag niet uitgesloten zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removes the pin of household HOUSEHOLD (team lead).</source>
        <translation>Maakt huishouden HOUSEHOLD los van zijn plek (teamleider).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules place PLEK_ID out for household HOUSEHOLD in later plan runs. A caseworker or the team
lead of the household&apos;s team.</source>
        <translation>Sluit plek PLEK_ID uit voor huishouden HOUSEHOLD in volgende planruns. Een consulent of de
teamleider van het team van het huishouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the exclusion of place PLEK_ID for household HOUSEHOLD, also one a declined offer made
(team lead).</source>
        <translation>Heft de uitsluiting van plek PLEK_ID voor huishouden HOUSEHOLD op, ook een uitsluiting door een
afgewezen aanbod (teamleider).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>give %1; see &apos;vangnet-cli %2 --help&apos;</source>
        <translation>geef %1; zie &apos;vangnet-cli %2 --help&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry number (see &apos;plan show&apos;)</source>
        <translation>het regelnummer (zie &apos;plan show&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the household id and the plek_id</source>
        <translation>het id van het huishouden en het plek_id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the household id</source>
        <translation>het id van het huishouden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>say why the household declined: --reason TEXT</source>
        <translation>zeg waarom het huishouden heeft afgewezen: --reason TEKST</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposal %1 (household %2, place %3) is now %4.</source>
        <translation>Voorstel %1 (huishouden %2, plek %3) is nu %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Household %1 is pinned to %2.</source>
        <translation>Huishouden %1 is vastgezet aan %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household %1 is no longer pinned.</source>
        <translation>Huishouden %1 is niet meer vastgezet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household %1 will not be proposed for %2.</source>
        <translation>Huishouden %1 wordt niet meer voorgesteld voor %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household %1 may be proposed for %2 again.</source>
        <translation>Huishouden %1 mag weer worden voorgesteld voor %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::QueueCommand</name>
    <message>
        <location filename="../../src/cli/QueueCommand.cpp" line="-206"/>
        <source>the team&apos;s work queue: flagged households, signals not taken up and open cases, most urgent first</source>
        <translation>de werkvoorraad van het team: gesignaleerde huishoudens, nog niet opgepakte signalen en open zaken, het dringendst eerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME queue [--user NAME] [--unassigned] [--wijk W]
       [--severity LEVEL] [--overdue] [--as-of YYYY-MM-DD] [--json]

Lists your team&apos;s work queue (werkvoorraad): households with open flags, signals and
discharge notices nobody has taken up yet and open cases, ordered by priority and then by
the deadline due first, with each item&apos;s most urgent deadline as of today (or --as-of).

  --user NAME       only the items assigned to this user of your team (after &apos;queue&apos;;
                    the --user before the command is who logs in)
  --unassigned      only items nobody has taken
  --wijk W          only households in this wijk
  --severity LEVEL  only items with an open flag of at least laag, midden, hoog or kritiek
  --overdue         only items with an overdue deadline
  --json            {&quot;items&quot;: [{household_id, household, wijk, case_id, status, assignee,
                    priority, severity, flag, open_flags, open_signals, open_notices,
                    deadline: {clock, label, due, state} | null, overdue}], &quot;count&quot;,
                    &quot;counts&quot;: {team, mine, unassigned, overdue, due_soon}}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM queue [--user NAAM] [--unassigned] [--wijk W]
       [--severity NIVEAU] [--overdue] [--as-of JJJJ-MM-DD] [--json]

Toont de werkvoorraad van uw team: huishoudens met open signaleringen, signalen en
uitstroommeldingen die nog niemand heeft opgepakt en open zaken, geordend op prioriteit en dan
op de termijn die het eerst verloopt, met per regel de dringendste termijn per vandaag (of --as-of).

  --user NAAM       alleen wat aan deze gebruiker van uw team is toegewezen (na &apos;queue&apos;;
                    de --user vóór het commando is wie inlogt)
  --unassigned      alleen wat nog niemand heeft opgepakt
  --wijk W          alleen huishoudens in deze wijk
  --severity NIVEAU alleen regels met een open signalering van ten minste laag, midden, hoog of kritiek
  --overdue         alleen regels met een verlopen termijn
  --json            {&quot;items&quot;: [{household_id, household, wijk, case_id, status, assignee,
                    priority, severity, flag, open_flags, open_signals, open_notices,
                    deadline: {clock, label, due, state} | null, overdue}], &quot;count&quot;,
                    &quot;counts&quot;: {team, mine, unassigned, overdue, due_soon}}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--severity takes laag, midden, hoog or kritiek, not &apos;%1&apos;</source>
        <translation>--severity neemt laag, midden, hoog of kritiek, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--user and --unassigned exclude each other</source>
        <translation>--user en --unassigned sluiten elkaar uit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a user of your team</source>
        <translation>&apos;%1&apos; is geen gebruiker van uw team</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Signalering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 items shown</source>
        <translation>%1 van %2 regels getoond</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::RetentionCommand</name>
    <message>
        <location filename="../../src/cli/RetentionCommand.cpp" line="+24"/>
        <source>show what the retention periods make due, or purge it (administrator)</source>
        <translation>tonen wat volgens de bewaartermijnen verwijderd kan worden, of het opschonen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME retention --dry-run|--apply [--json]

Counts, per category, the data whose retention period (bewaartermijn) has passed today.
Only an administrator (beheerder) may do this. Give exactly one of:

  --dry-run   show the period, cutoff date and number due; nothing is deleted
  --apply     delete what is due, one transaction per category, and write a purge
              record (category, count, date, who; no personal data)
  --json      machine-readable: {&quot;as_of&quot;: DATE, &quot;categories&quot;: [{category, months,
              cutoff, due, purged, oldest, has_data}]}

&apos;vangnet-cli retention periods&apos; lists the periods, &apos;retention set&apos; changes one.
Exit status: 0 done, 1 some categories could not be purged, 2 nothing done.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM retention --dry-run|--apply [--json]

Telt per categorie de gegevens waarvan de bewaartermijn vandaag verstreken is.
Alleen een functioneel beheerder mag dit. Geef precies één van:

  --dry-run   toon de termijn, de peildatum en het aantal te verwijderen; er wordt niets verwijderd
  --apply     verwijder wat over de termijn is, één transactie per categorie, en schrijf een
              opschoonregel (categorie, aantal, datum, wie; geen persoonsgegevens)
  --json      machineleesbaar: {&quot;as_of&quot;: DATUM, &quot;categories&quot;: [{category, months,
              cutoff, due, purged, oldest, has_data}]}

&apos;vangnet-cli retention periods&apos; toont de termijnen, &apos;retention set&apos; wijzigt er een.
Afsluitstatus: 0 klaar, 1 sommige categorieën konden niet worden opgeschoond, 2 niets gedaan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retention needs exactly one of --dry-run (show what is due) and --apply (purge it)</source>
        <translation>retention heeft precies één van --dry-run (tonen wat verwijderd kan worden) en --apply (opschonen) nodig</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Retention as of %1: purged what was due.</source>
        <translation>Bewaartermijnen per %1: opgeschoond wat over de termijn was.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention as of %1 (dry run: nothing is deleted).</source>
        <translation>Bewaartermijnen per %1 (proefrun: er wordt niets verwijderd).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cutoff</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Oudste</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) purged.</source>
        <translation>
            <numerusform>%n item verwijderd.</numerusform>
            <numerusform>%n items verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::RetentionPeriodsCommand</name>
    <message>
        <location filename="../../src/cli/RetentionPeriodsCommand.cpp" line="+15"/>
        <source>list the retention period of every category (administrator)</source>
        <translation>de bewaartermijn van elke categorie tonen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME retention periods [--json]

Lists the retention period (bewaartermijn) of every category, who set it and when.
Only an administrator (beheerder) may do this.

  --json   machine-readable: {&quot;periods&quot;: [{category, months, updated_at, updated_by}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM retention periods [--json]

Toont de bewaartermijn van elke categorie, wie die heeft ingesteld en wanneer.
Alleen een functioneel beheerder mag dit.

  --json   machineleesbaar: {&quot;periods&quot;: [{category, months, updated_at, updated_by}]}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::RetentionSetCommand</name>
    <message>
        <location filename="../../src/cli/RetentionSetCommand.cpp" line="+24"/>
        <source>change the retention period of one category (administrator)</source>
        <translation>de bewaartermijn van één categorie wijzigen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME retention set CATEGORY MONTHS

Sets the retention period (bewaartermijn) of one category to MONTHS (%1 to %2).
Only an administrator (beheerder) may do this; the change is audited.

  CATEGORY   one of: %3</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM retention set CATEGORIE MAANDEN

Zet de bewaartermijn van één categorie op MAANDEN (%1 tot en met %2).
Alleen een functioneel beheerder mag dit; de wijziging komt in de auditlog.

  CATEGORIE  een van: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>retention set needs a category and a number of months: retention set CATEGORY MONTHS</source>
        <translation>retention set heeft een categorie en een aantal maanden nodig: retention set CATEGORIE MAANDEN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown category &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende categorie &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MONTHS must be a whole number, not &apos;%1&apos;</source>
        <translation>MAANDEN moet een geheel getal zijn, niet &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Retention period of %1 set to %n month(s).</source>
        <translation>
            <numerusform>Bewaartermijn van %1 ingesteld op %n maand.</numerusform>
            <numerusform>Bewaartermijn van %1 ingesteld op %n maanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::RulesCommand</name>
    <message>
        <location filename="../../src/cli/RulesCommand.cpp" line="+32"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status history is kept since %1: for an earlier day the statuses are read as they were on %1.</source>
        <translation>Statusgeschiedenis wordt bijgehouden sinds %1: voor een eerdere dag gelden de statussen zoals ze op %1 waren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>evaluate the signal rules for every household and store the flags</source>
        <translation>elk huishouden met de signaleringsregels beoordelen en de signaleringen bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the rules in force and every saved rule-set version</source>
        <translation>de geldende regels en elke opgeslagen versie van de regelset tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a rule file without saving it</source>
        <translation>een regelbestand controleren zonder het op te slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a rule file as a new rule-set version (team lead)</source>
        <translation>een regelbestand als nieuwe versie van de regelset opslaan (teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which households a rule file would add or drop, today or as of a date (team lead)</source>
        <translation>welke huishoudens een regelbestand zou toevoegen of laten vallen, vandaag of per een datum (teamleider)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME rules evaluate [--as-of DATE] [--json]

Evaluates the rule set in force for every household. As of today (the default) the flags are
stored: new ones raised, changed ones updated, those whose facts no longer hold resolved.
As of another date (YYYY-MM-DD) the result is only printed; an earlier date is judged with the
statuses of that day, from the status history (before the history began: as they were then).
Flags are printed for the households of your own team.
  --json   {&quot;flags&quot;: [{household, rule, version, severity, score, title, explanation, signals,
           discharges}], &quot;failures&quot;: [{household, rule, version, message}], &quot;evaluated&quot;,
           &quot;as_of&quot;, &quot;version&quot;, &quot;stored&quot;, &quot;raised&quot;, &quot;updated&quot;, &quot;resolved&quot;,
           &quot;history_complete&quot;, &quot;history_since&quot;}
           The flags are written as they are evaluated, one per line. When the evaluation
           fails on the way, the object ends with &quot;error&quot; and nothing is stored.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM rules evaluate [--as-of DATUM] [--json]

Beoordeelt elk huishouden met de geldende regelset. Per vandaag (standaard) worden de
signaleringen bewaard: nieuwe toegevoegd, gewijzigde bijgewerkt, vervallen afgesloten.
Per een andere datum (JJJJ-MM-DD) wordt de uitkomst alleen getoond; een eerdere datum wordt
beoordeeld met de statussen van die dag, uit de statusgeschiedenis (van voor het begin daarvan:
zoals ze toen waren).
Signaleringen worden getoond voor de huishoudens van uw eigen team.
  --json   {&quot;flags&quot;: [{household, rule, version, severity, score, title, explanation, signals,
           discharges}], &quot;failures&quot;: [{household, rule, version, message}], &quot;evaluated&quot;,
           &quot;as_of&quot;, &quot;version&quot;, &quot;stored&quot;, &quot;raised&quot;, &quot;updated&quot;, &quot;resolved&quot;,
           &quot;history_complete&quot;, &quot;history_since&quot;}
           De signaleringen worden geschreven zodra ze beoordeeld zijn, één per regel. Mislukt
           de beoordeling onderweg, dan eindigt het object met &quot;error&quot; en wordt niets bewaard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME rules list [--json]

The rules of the version in force today, then every saved version.
  --json   {&quot;active_version&quot;, &quot;rules&quot;: [{id, title, severity, score}],
           &quot;versions&quot;: [{version, effective_from, author, note, saved_at}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM rules list [--json]

De regels van de versie die vandaag geldt, daarna elke opgeslagen versie.
  --json   {&quot;active_version&quot;, &quot;rules&quot;: [{id, title, severity, score}],
           &quot;versions&quot;: [{version, effective_from, author, note, saved_at}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli rules test FILE [--json]

Parses and type-checks a rule file (docs/rules.md) without saving it. Every mistake is
printed as FILE:LINE:COLUMN: message; the exit status is 2 when there is one.
  --json   {&quot;file&quot;, &quot;ok&quot;, &quot;rules&quot;: [ids], &quot;errors&quot;: [{line, column, message}]}</source>
        <translation>Gebruik: vangnet-cli rules test BESTAND [--json]

Controleert een regelbestand (docs/rules.md) zonder het op te slaan. Elke fout wordt getoond
als BESTAND:REGEL:KOLOM: melding; de afsluitcode is 2 als er een fout is.
  --json   {&quot;file&quot;, &quot;ok&quot;, &quot;rules&quot;: [ids], &quot;errors&quot;: [{line, column, message}]}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME rules activate FILE [--from DATE] [--note TEXT]

Saves the rule file as a new rule-set version, in force from DATE (default today; not
earlier). Team leads only; refused with every mistake when the file does not check.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM rules activate BESTAND [--from DATUM] [--note TEKST]

Slaat het regelbestand op als nieuwe versie van de regelset, geldig vanaf DATUM (standaard
vandaag; niet eerder). Alleen voor teamleiders; geweigerd met elke fout als het bestand niet klopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME rules preview FILE [--as-of DATE] [--json]

Evaluates every household with the version active today and with the rule file, as of today or
as of DATE (YYYY-MM-DD; an earlier day with the statuses of that day), and lists the households
the file would add and drop. Nothing is stored. Team leads only.
  --json   {&quot;file&quot;, &quot;as_of&quot;, &quot;active_version&quot;, &quot;flagged_by_active&quot;, &quot;flagged_by_file&quot;,
           &quot;added&quot;: [household ids], &quot;dropped&quot;: [household ids], &quot;failures&quot;,
           &quot;history_complete&quot;, &quot;history_since&quot;}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM rules preview BESTAND [--as-of DATUM] [--json]

Beoordeelt elk huishouden met de versie die vandaag actief is en met het regelbestand, per vandaag of
per DATUM (JJJJ-MM-DD; een eerdere dag met de statussen van die dag), en toont de huishoudens
die het bestand zou toevoegen en laten vallen. Er wordt niets bewaard. Alleen voor teamleiders.
  --json   {&quot;file&quot;, &quot;as_of&quot;, &quot;active_version&quot;, &quot;flagged_by_active&quot;, &quot;flagged_by_file&quot;,
           &quot;added&quot;: [huishoudnummers], &quot;dropped&quot;: [huishoudnummers], &quot;failures&quot;,
           &quot;history_complete&quot;, &quot;history_since&quot;}</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n household(s) evaluated with rule set version %1 as of %2.</source>
        <translation>
            <numerusform>%n huishouden beoordeeld met regelset versie %1 per %2.</numerusform>
            <numerusform>%n huishoudens beoordeeld met regelset versie %1 per %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flags raised: %1, updated: %2, resolved: %3.</source>
        <translation>Signaleringen nieuw: %1, bijgewerkt: %2, vervallen: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored: evaluated as of another day than today.</source>
        <translation>Niet bewaard: beoordeeld per een andere dag dan vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+50"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+50"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more flags of your team; --json gives them all.</source>
        <translation>… en nog %1 signaleringen van uw team; --json geeft ze allemaal.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule evaluation(s) skipped on odd data; --json lists them.</source>
        <translation>
            <numerusform>%n regelbeoordeling overgeslagen door afwijkende gegevens; --json toont ze.</numerusform>
            <numerusform>%n regelbeoordelingen overgeslagen door afwijkende gegevens; --json toont ze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>in force</source>
        <translation>geldend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule set version %1, in force since %2:</source>
        <translation>Regelset versie %1, geldig sinds %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name the rule file to check, e.g. &apos;rules test regels.txt&apos;</source>
        <translation>noem het regelbestand dat gecontroleerd moet worden, bijv. &apos;rules test regels.txt&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1: %n rule(s), no mistakes.</source>
        <translation>
            <numerusform>%1: %n regel, geen fouten.</numerusform>
            <numerusform>%1: %n regels, geen fouten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name the rule file to save, e.g. &apos;rules activate regels.txt&apos;</source>
        <translation>noem het regelbestand dat opgeslagen moet worden, bijv. &apos;rules activate regels.txt&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as rule set version %1, in force from %2.</source>
        <translation>Opgeslagen als regelset versie %1, geldig vanaf %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name the rule file to preview, e.g. &apos;rules preview regels.txt&apos;</source>
        <translation>noem het regelbestand voor het voorbeeld, bijv. &apos;rules preview regels.txt&apos;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As of %1: +%2 / -%3 households. Version %4 (active today) flags %5, %6 would flag %7.</source>
        <translation>Per %1: +%2 / -%3 huishoudens. Versie %4 (vandaag actief) signaleert er %5, %6 zou er %7 signaleren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule evaluation(s) skipped on odd data.</source>
        <translation>
            <numerusform>%n regelbeoordeling overgeslagen door afwijkende gegevens.</numerusform>
            <numerusform>%n regelbeoordelingen overgeslagen door afwijkende gegevens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::ServerInitCommand</name>
    <message>
        <location filename="../../src/cli/ServerInitCommand.cpp" line="+17"/>
        <source>set up a PostgreSQL database as a team server, or bring one up to date (the server&apos;s administrator)</source>
        <translation>een PostgreSQL-database inrichten als teamserver, of er een bijwerken (de beheerder van de server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli --db postgresql://ADMIN@HOST/DB server init [--admin NAME]
                   [--admin-display-name TEXT] [--admin-password-fd N] [--json]

Run as the server&apos;s administrator (a PostgreSQL superuser) on an empty database. In one
transaction it makes the roles (DB_owner, which owns the schema and never logs in; a group
per Vangnet role), creates the schema as the owner, grants each group exactly what Vangnet
allows its role, with forced row-level security on every table of household data, and makes
the first functioneel beheerder (--admin, default &apos;beheerder&apos;) with the login role DB.NAME.
The administrator&apos;s password comes from --admin-password-fd N, else VANGNET_ADMIN_PASSWORD,
else a prompt. Users then log in with a URL without user name: postgresql://HOST/DB.

On a team server of an older schema it runs the migrations and grants the rights again.
It refuses a database with other tables or a Vangnet database not set up as a team server.
--json prints {database, owner, schemaVersion, upgraded, administrator, administratorLogin}.
See docs/team-mode.md.</source>
        <translation>Gebruik: vangnet-cli --db postgresql://ADMIN@HOST/DB server init [--admin NAAM]
                   [--admin-display-name TEKST] [--admin-password-fd N] [--json]

Uit te voeren als beheerder van de server (een PostgreSQL-superuser) op een lege database. In één
transactie maakt het de rollen (DB_owner, eigenaar van het schema, meldt zich nooit aan; een groep
per Vangnet-rol), maakt het schema als de eigenaar, geeft elke groep precies wat Vangnet haar rol
toestaat, met afgedwongen beveiliging op rijniveau op elke tabel met huishoudgegevens, en maakt
de eerste functioneel beheerder (--admin, standaard &apos;beheerder&apos;) met de aanmeldrol DB.NAAM.
Het wachtwoord van de beheerder komt uit --admin-password-fd N, anders VANGNET_ADMIN_PASSWORD,
anders een vraag. Gebruikers melden zich daarna aan met een URL zonder gebruikersnaam: postgresql://HOST/DB.

Op een teamserver met een ouder schema voert het de migraties uit en kent het de rechten opnieuw toe.
Het weigert een database met andere tabellen of een Vangnet-database die niet als teamserver is ingericht.
--json geeft {database, owner, schemaVersion, upgraded, administrator, administratorLogin}.
Zie docs/team-mode.md.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>server init needs the server: --db postgresql://ADMIN@HOST/DB before the command</source>
        <translation>server init heeft de server nodig: --db postgresql://ADMIN@HOST/DB vóór de opdracht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Functioneel beheerder</source>
        <translation>Functioneel beheerder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Team server &apos;%1&apos; is at schema version %2; the rights were granted again.</source>
        <translation>Teamserver &apos;%1&apos; staat op schemaversie %2; de rechten zijn opnieuw toegekend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server &apos;%1&apos; is set up (schema version %2). The administrator %3 logs in as &apos;%4&apos;; add users in Vangnet, each gets a login role of their own.</source>
        <translation>Teamserver &apos;%1&apos; is ingericht (schemaversie %2). De beheerder %3 meldt zich aan als &apos;%4&apos;; voeg gebruikers toe in Vangnet, ieder krijgt een eigen aanmeldrol.</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::SettingsIdleLockCommand</name>
    <message>
        <location filename="../../src/cli/SettingsIdleLockCommand.cpp" line="+12"/>
        <source>show or set the idle-lock time of every workstation (administrator)</source>
        <translation>de vergrendeltijd van alle werkplekken tonen of instellen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME settings idle-lock [MINUTES]

Without MINUTES: prints the minutes without input after which the window locks.
With MINUTES (%1 to %2): sets it for every workstation. Only an administrator
(beheerder) may do this; the change is audited.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM settings idle-lock [MINUTEN]

Zonder MINUTEN: toont na hoeveel minuten zonder invoer het venster vergrendelt.
Met MINUTEN (%1 tot %2): stelt dat in voor alle werkplekken. Alleen een beheerder
mag dit; de wijziging komt in het auditlog.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MINUTES must be a whole number, not &apos;%1&apos;</source>
        <translation>MINUTEN moet een geheel getal zijn, niet &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Idle lock after %n minute(s) without input.</source>
        <translation>
            <numerusform>Vergrendeling na %n minuut zonder invoer.</numerusform>
            <numerusform>Vergrendeling na %n minuten zonder invoer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::cli::SubjectAccessCommand</name>
    <message>
        <location filename="../../src/cli/SubjectAccessCommand.cpp" line="+16"/>
        <source>export everything held about one person (inzageverzoek; team lead)</source>
        <translation>alles exporteren wat over één persoon is vastgelegd (inzageverzoek; teamleider)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME subject-access --person ID --reference TEXT
                   --format json|pdf --output FILE

Writes everything Vangnet holds about one person (subject access request, AVG art. 15):
personal details, household, notes and who viewed or changed the file. Only a team lead
of the person&apos;s team may do this; the export is recorded in the audit log.

  --person ID       the person&apos;s number
  --reference TEXT  the request&apos;s reference, e.g. its case number (no personal data)
  --format FORMAT   json (machine-readable, keys in docs/security.md) or pdf
  --output FILE     where to write it; written completely or not at all</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM subject-access --person ID --reference TEKST
                   --format json|pdf --output BESTAND

Schrijft alles wat Vangnet over één persoon vastlegt (inzageverzoek, AVG art. 15):
persoonsgegevens, huishouden, notities en wie het dossier bekeek of wijzigde. Alleen een
teamleider van het team van de persoon mag dit; de export wordt vastgelegd in het auditlog.

  --person ID       het nummer van de persoon
  --reference TEKST het kenmerk van het verzoek, bv. het zaaknummer (geen persoonsgegevens)
  --format FORMAAT  json (machineleesbaar, sleutels in docs/security.md) of pdf
  --output BESTAND  waar het heen moet; wordt helemaal of helemaal niet geschreven</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>subject-access needs --%1</source>
        <translation>subject-access heeft --%1 nodig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--format must be json or pdf, not &apos;%1&apos;</source>
        <translation>--format moet json of pdf zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Subject access export of person %1 written to %2 (%3).</source>
        <translation>Inzage-export van persoon %1 geschreven naar %2 (%3).</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::TeamAddCommand</name>
    <message>
        <location filename="../../src/cli/TeamAddCommand.cpp" line="+11"/>
        <source>add a team (administrator)</source>
        <translation>een team toevoegen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME team add NAME

Adds a team; its name must be new. Only an administrator (beheerder) may do this.
Put users in it with &apos;vangnet-cli user add … --team NAME&apos;.</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM team add NAAM

Voegt een team toe; de naam moet nieuw zijn. Alleen een functioneel beheerder mag dit.
Zet gebruikers erin met &apos;vangnet-cli user add … --team NAAM&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>team add needs the team&apos;s name: team add NAME</source>
        <translation>team add heeft de naam van het team nodig: team add NAAM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team &apos;%1&apos; added (id %2).</source>
        <translation>Team &apos;%1&apos; toegevoegd (id %2).</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::TeamListCommand</name>
    <message>
        <location filename="../../src/cli/TeamListCommand.cpp" line="+15"/>
        <source>list the teams (administrator)</source>
        <translation>de teams tonen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME team list [--json]

Lists the teams with the number of users in each. Only an administrator (beheerder)
may do this.

  --json   machine-readable: {&quot;teams&quot;: [{id, name, users}]}</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM team list [--json]

Toont de teams met het aantal gebruikers in elk team. Alleen een functioneel beheerder
mag dit.

  --json   machineleesbaar: {&quot;teams&quot;: [{id, name, users}]}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::UserAddCommand</name>
    <message>
        <location filename="../../src/cli/UserAddCommand.cpp" line="+12"/>
        <source>add a user with a role and a team (administrator)</source>
        <translation>een gebruiker met een rol en een team toevoegen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME user add USERNAME --name &quot;DISPLAY NAME&quot;
       --role consulent|teamleider|beheerder [--team TEAM] [--password-env VAR]

Adds a user who can log in at once. Only an administrator (beheerder) may do this.

  USERNAME           the login name
  --name NAME        the name shown in Vangnet, e.g. &quot;Sanne de Wit&quot;
  --role ROLE        consulent (caseworker), teamleider (team lead) or beheerder
                     (administrator, works without a team)
  --team TEAM        the team&apos;s name, as &apos;vangnet-cli team list&apos; shows it
  --password-env VAR the new user&apos;s password is in the environment variable VAR;
                     without it the password is asked twice on the terminal</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM user add GEBRUIKERSNAAM --name &quot;WEERGAVENAAM&quot;
       --role consulent|teamleider|beheerder [--team TEAM] [--password-env VAR]

Voegt een gebruiker toe die meteen kan inloggen. Alleen een functioneel beheerder mag dit.

  GEBRUIKERSNAAM     de inlognaam
  --name NAAM        de naam die Vangnet toont, bijvoorbeeld &quot;Sanne de Wit&quot;
  --role ROL         consulent, teamleider of beheerder (functioneel beheerder, werkt
                     zonder team)
  --team TEAM        de naam van het team, zoals &apos;vangnet-cli team list&apos; die toont
  --password-env VAR het wachtwoord van de nieuwe gebruiker staat in de omgevingsvariabele VAR;
                     zonder deze optie wordt het wachtwoord twee keer in de terminal gevraagd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>user add needs the new user&apos;s login name: user add USERNAME --name NAME --role ROLE</source>
        <translation>user add heeft de inlognaam van de nieuwe gebruiker nodig: user add GEBRUIKERSNAAM --name NAAM --role ROL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user add needs --name &quot;DISPLAY NAME&quot;</source>
        <translation>user add heeft --name &quot;WEERGAVENAAM&quot; nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user add needs --role consulent|teamleider|beheerder</source>
        <translation>user add heeft --role consulent|teamleider|beheerder nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role must be consulent, teamleider or beheerder, not &apos;%1&apos;</source>
        <translation>--role moet consulent, teamleider of beheerder zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-env needs the name of a variable other than %1, which holds your own password</source>
        <translation>--password-env heeft de naam van een andere variabele dan %1 nodig; die bevat uw eigen wachtwoord</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>there is no team &apos;%1&apos;; the teams are: %2</source>
        <translation>er is geen team &apos;%1&apos;; de teams zijn: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User &apos;%1&apos; added (id %2): %3, %4, %5.</source>
        <translation>Gebruiker &apos;%1&apos; toegevoegd (id %2): %3, %4, %5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no team</source>
        <translation>geen team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the environment variable %1 is not set or empty</source>
        <translation>de omgevingsvariabele %1 is niet gezet of leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password for the new user: use --password-env VAR or run from a terminal</source>
        <translation>geen wachtwoord voor de nieuwe gebruiker: gebruik --password-env VAR of start vanuit een terminal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for the new user %1: </source>
        <translation>Wachtwoord voor de nieuwe gebruiker %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>Hetzelfde wachtwoord nogmaals: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given; nothing changed</source>
        <translation>geen wachtwoord gegeven; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the two passwords differ; nothing changed</source>
        <translation>de twee wachtwoorden verschillen; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>vangnet::cli::UserListCommand</name>
    <message>
        <location filename="../../src/cli/UserListCommand.cpp" line="+16"/>
        <source>list users with their role, team and status (administrator)</source>
        <translation>gebruikers met hun rol, team en status tonen (beheerder)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: vangnet-cli [--db FILE|URL] --user NAME user list [--json]

Lists every user with role, team and whether the account is active or locked out
after failed logins. Only an administrator (beheerder) may do this.

  --json   machine-readable: {&quot;users&quot;: [{id, username, name, role, team, active,
           locked}]}; role is consulent, teamleider or beheerder, team is the team&apos;s name
           or null</source>
        <translation>Gebruik: vangnet-cli [--db BESTAND|URL] --user NAAM user list [--json]

Toont alle gebruikers met rol, team en of het account actief is of geblokkeerd na
mislukte inlogpogingen. Alleen een functioneel beheerder mag dit.

  --json   machineleesbaar: {&quot;users&quot;: [{id, username, name, role, team, active,
           locked}]}; role is consulent, teamleider of beheerder, team is de naam van het
           team of null</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>geblokkeerd tot %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vangnet::clocks</name>
    <message>
        <location filename="../../src/core/clocks/ClockSettings.cpp" line="+195"/>
        <source>%1 working days</source>
        <translation>%1 werkdagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The deadline &quot;%1&quot; must be at least %2 day; %3 days is not a deadline.</source>
        <translation>De termijn &quot;%1&quot; moet minstens %2 dag zijn; %3 dagen is geen termijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The deadline &quot;%1&quot; can be at most %2 days (ten years), not %3.</source>
        <translation>De termijn &quot;%1&quot; mag hoogstens %2 dagen (tien jaar) zijn, niet %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The deadline &quot;%1&quot; (%2 days) must be fewer days before the discharge date than &quot;%3&quot; (%4 days).</source>
        <translation>De termijn &quot;%1&quot; (%2 dagen) moet minder dagen vóór de uitstroomdatum liggen dan &quot;%3&quot; (%4 dagen).</translation>
    </message>
    <message>
        <location filename="../../src/core/clocks/Deadlines.cpp" line="+23"/>
        <source>Contact offer</source>
        <translation>Contactaanbod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threatening debt</source>
        <translation>Dreigende schuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First conversation</source>
        <translation>Eerste gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected discharge</source>
        <translation>Verwachte uitstroom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing arranged</source>
        <translation>Onderdak geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity document arranged</source>
        <translation>ID-bewijs geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debts in hand</source>
        <translation>Schulden in beeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income arranged</source>
        <translation>Inkomen geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care and health insurance arranged</source>
        <translation>Zorg en zorgverzekering geregeld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Expected discharge (alert %1 before)</source>
        <translation>Verwachte uitstroom (waarschuwing %1 vooraf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 before the discharge)</source>
        <translation>%1 (%2 voor de uitstroom)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../src/core/clocks/ClockSettings.cpp" line="-127"/>
        <source>Contact offer after a signal</source>
        <translation>Contactaanbod na een signaal</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The signal&apos;s date</source>
        <translation>De datum van het signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later of the signal&apos;s date and the day it was received</source>
        <translation>De laatste van de signaaldatum en de dag van ontvangst</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>First conversation after a request with a crisis intervention (eviction, disconnection, termination of the health insurance)</source>
        <translation>Eerste gesprek na een hulpvraag met crisisinterventie (ontruiming, afsluiting, opzegging van de zorgverzekering)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First conversation after the request for help</source>
        <translation>Eerste gesprek na de aanmelding van de hulpvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision after the first conversation</source>
        <translation>Besluit na het eerste gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First alert before a discharge date</source>
        <translation>Eerste waarschuwing vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second alert before a discharge date</source>
        <translation>Tweede waarschuwing vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last alert before a discharge date</source>
        <translation>Laatste waarschuwing vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as due soon, before the due date</source>
        <translation>Tonen als &apos;verloopt binnenkort&apos;, vóór de uiterste datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing arranged, before a discharge date</source>
        <translation>Onderdak geregeld, vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity document arranged, before a discharge date</source>
        <translation>ID-bewijs geregeld, vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debts in hand, before a discharge date</source>
        <translation>Schulden in beeld, vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income arranged, before a discharge date</source>
        <translation>Inkomen geregeld, vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care and health insurance arranged, before a discharge date</source>
        <translation>Zorg en zorgverzekering geregeld, vóór een uitstroomdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delivered discharge date at most this far in the past</source>
        <translation>Een geleverde uitstroomdatum hoogstens zo ver in het verleden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delivered discharge date at most this far ahead</source>
        <translation>Een geleverde uitstroomdatum hoogstens zo ver vooruit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 working day</source>
        <translation>1 werkdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../src/core/clocks/Holidays.cpp" line="+48"/>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Monday</source>
        <translation>Tweede paasdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queen&apos;s Day</source>
        <translation>Koninginnedag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whit Monday</source>
        <translation>Tweede pinksterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Day</source>
        <translation>Eerste kerstdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxing Day</source>
        <translation>Tweede kerstdag</translation>
    </message>
</context>
<context>
    <name>vangnet::dashboard</name>
    <message>
        <location filename="../../src/core/dashboard/DashboardDocument.cpp" line="+38"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>median %1 · %2 within %3 · %4 cases</source>
        <translation>mediaan %1 · %2 binnen %3 · %4 zaken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly overview week %1, %2</source>
        <translation>Weekoverzicht week %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 t/m %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1 by %2</source>
        <translation>Gemaakt op %1 door %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week in brief</source>
        <translation>De week in het kort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New signals</source>
        <translation>Nieuwe signalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households newly flagged</source>
        <translation>Nieuw gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases on %1</source>
        <translation>Open zaken op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases</source>
        <translation>Te late zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+22"/>
        <source>Signal to first contact attempt</source>
        <translation>Signaal tot eerste contactpoging</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+1"/>
        <source>Signal to first reached contact</source>
        <translation>Signaal tot eerste bereikt contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+2"/>
        <source>Request to first conversation (Wgs)</source>
        <translation>Aanmelding tot eerste gesprek (Wgs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases closed</source>
        <translation>Afgesloten zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+5"/>
        <source>Households placed</source>
        <translation>Geplaatste huishoudens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week has not ended: states are taken on %1.</source>
        <translation>De week is nog niet voorbij: standen zijn van %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="-14"/>
        <source>New signals by partner</source>
        <translation>Nieuwe signalen per partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No signals this week.</source>
        <translation>Geen signalen deze week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+1"/>
        <source>Households newly flagged, by rule</source>
        <translation>Nieuw gesignaleerde huishoudens, per regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>No household was flagged this week.</source>
        <translation>Deze week is geen huishouden gesignaleerd.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+2"/>
        <source>Households newly flagged, by severity</source>
        <translation>Nieuw gesignaleerde huishoudens, per ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases by caseworker on %1</source>
        <translation>Te late zaken per consulent op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No case is overdue.</source>
        <translation>Geen zaak is te laat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/dashboard/Metric.cpp" line="+7"/>
        <source>Cases closed, by outcome</source>
        <translation>Afgesloten zaken, per resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No case was closed this week.</source>
        <translation>Deze week is geen zaak afgesloten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharges ahead with basic conditions not arranged</source>
        <translation>Komende uitstroom met basisvoorwaarden niet geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected within</source>
        <translation>Verwacht binnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households placed this week</source>
        <translation>Huishoudens geplaatst deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers declined this week</source>
        <translation>Aanbiedingen afgewezen deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households of the team in a place</source>
        <translation>Huishoudens van het team in een woonplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places occupied (municipality)</source>
        <translation>Bezette plekken (gemeente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did the help last?</source>
        <translation>Beklijft de hulp?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case closed</source>
        <translation>Zaak afgesloten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New signal since</source>
        <translation>Nieuw signaal sindsdien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 months</source>
        <translation>6 maanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 months</source>
        <translation>12 maanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Households flagged</source>
        <translation>Gesignaleerde huishoudens</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>First contacts</source>
        <translation>Eerste contacten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About these figures</source>
        <translation>Over deze cijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each figure counts the team&apos;s households as defined in the Vangnet documentation (metrics). Counts only: the households behind a figure are listed in the application, not here.</source>
        <translation>Elk cijfer telt de huishoudens van het team zoals de documentatie van Vangnet (metrics) het beschrijft. Alleen aantallen: de huishoudens achter een cijfer staan in de applicatie, niet hier.</translation>
    </message>
    <message>
        <location filename="../../src/core/dashboard/Metric.cpp" line="-6"/>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue cases by caseworker</source>
        <translation>Te late zaken per consulent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discharges within 30 days, conditions not arranged</source>
        <translation>Uitstroom binnen 30 dagen, voorwaarden niet geregeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharges within 60 days, conditions not arranged</source>
        <translation>Uitstroom binnen 60 dagen, voorwaarden niet geregeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharges within 90 days, conditions not arranged</source>
        <translation>Uitstroom binnen 90 dagen, voorwaarden niet geregeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers declined</source>
        <translation>Afgewezen aanbiedingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households living in a place</source>
        <translation>Huishoudens in een woonplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New signal after closing, 6 months</source>
        <translation>Nieuw signaal na afsluiten, 6 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New signal after closing, 12 months</source>
        <translation>Nieuw signaal na afsluiten, 12 maanden</translation>
    </message>
</context>
<context>
    <name>vangnet::dashboard::DashboardDocument</name>
    <message numerus="yes">
        <location filename="../../src/core/dashboard/DashboardDocument.cpp" line="-17"/>
        <source>Trend over %n weeks</source>
        <translation>
            <numerusform>Verloop over %n week</numerusform>
            <numerusform>Verloop over %n weken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vangnet::dashboard::DashboardService</name>
    <message>
        <location filename="../../src/core/dashboard/DashboardService.cpp" line="+132"/>
        <source>Week %1 has not begun yet (it starts on %2); choose this week or an earlier one.</source>
        <translation>Week %1 is nog niet begonnen (hij begint op %2); kies deze week of een eerdere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the future</source>
        <translation>in de toekomst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You see the dashboard of your own team only.</source>
        <translation>U ziet alleen het weekoverzicht van uw eigen team.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not assigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Within the norm</source>
        <translation>Binnen de norm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside the norm</source>
        <translation>Buiten de norm</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The dashboard was stopped.</source>
        <translation>Het weekoverzicht is gestopt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::dashboard::IsoWeek</name>
    <message>
        <location filename="../../src/core/dashboard/IsoWeek.cpp" line="+49"/>
        <source>&quot;%1&quot; is not a week: write the ISO week as year-Wnumber, e.g. 2026-W47.</source>
        <translation>&quot;%1&quot; is geen week: schrijf de ISO-week als jaar-Wnummer, bijvoorbeeld 2026-W47.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a week (e.g. 2026-W47)</source>
        <translation>geen week (bijvoorbeeld 2026-W47)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week %1 does not exist: %2 has weeks 1 to %3.</source>
        <translation>Week %1 bestaat niet: %2 heeft de weken 1 t/m %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such week</source>
        <translation>die week bestaat niet</translation>
    </message>
</context>
<context>
    <name>vangnet::demo::DemoHistory</name>
    <message>
        <location filename="../../src/core/demo/DemoHistory.cpp" line="+116"/>
        <source>Creating the demo was stopped.</source>
        <translation>Het maken van de demo is gestopt.</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::FeedbackListSource</name>
    <message>
        <location filename="../../src/core/exports/FeedbackListSource.cpp" line="+15"/>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner type</source>
        <translation>Soort partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner&apos;s signal id</source>
        <translation>Signaal-id van de partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal status</source>
        <translation>Signaalstatus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken up</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken up on</source>
        <translation>Opgepakt op</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::HouseholdListSource</name>
    <message>
        <location filename="../../src/core/exports/HouseholdListSource.cpp" line="+19"/>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::ListExport</name>
    <message>
        <location filename="../../src/core/exports/ListExport.cpp" line="+56"/>
        <source>Choose the file to write the list to.</source>
        <translation>Kies het bestand waarin de lijst wordt geschreven.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The list has %1 rows; an .xlsx sheet holds at most %2. Export it as CSV, or narrow the filters.</source>
        <translation>De lijst heeft %1 rijen; een .xlsx-werkblad bevat er hoogstens %2. Exporteer haar als CSV, of verfijn de filters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::ListWriter</name>
    <message>
        <location filename="../../src/core/exports/CsvListWriter.cpp" line="+76"/>
        <location filename="../../src/core/exports/XlsxListWriter.cpp" line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/exports/XlsxListWriter.cpp" line="+35"/>
        <location line="+5"/>
        <source>the workbook could not be started</source>
        <translation>de werkmap kon niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a sheet holds at most %1 rows</source>
        <translation>een werkblad bevat hoogstens %1 rijen</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::QueueListSource</name>
    <message>
        <location filename="../../src/core/exports/QueueListSource.cpp" line="+15"/>
        <source>Work queue</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most severe flag</source>
        <translation>Zwaarste signalering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Status zaak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline state</source>
        <translation>Stand termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open signals</source>
        <translation>Open signalen</translation>
    </message>
</context>
<context>
    <name>vangnet::exports::SignalListSource</name>
    <message>
        <location filename="../../src/core/exports/SignalListSource.cpp" line="+15"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signal date</source>
        <translation>Signaaldatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Signaalpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Kenmerken</translation>
    </message>
</context>
<context>
    <name>vangnet::households::DuplicatePair</name>
    <message>
        <location filename="../../src/core/households/DuplicatePair.cpp" line="+46"/>
        <source>Same BSN (error: a BSN belongs to one person)</source>
        <translation>Zelfde BSN (fout: een BSN hoort bij één persoon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same birth date, (nearly) the same surname</source>
        <translation>Zelfde geboortedatum, (bijna) dezelfde achternaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same address, a member born the same day</source>
        <translation>Zelfde adres, een lid met dezelfde geboortedatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier address, a member born the same day</source>
        <translation>Eerder adres, een lid met dezelfde geboortedatum</translation>
    </message>
</context>
<context>
    <name>vangnet::households::DuplicateService</name>
    <message>
        <location filename="../../src/core/households/DuplicateService.cpp" line="+60"/>
        <source>A household is no pair with itself.</source>
        <translation>Een huishouden vormt geen paar met zichzelf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no household %1 that you may see.</source>
        <translation>Er is geen huishouden %1 dat u mag inzien.</translation>
    </message>
</context>
<context>
    <name>vangnet::households::HouseholdMergeService</name>
    <message>
        <location filename="../../src/core/households/HouseholdMergeService.cpp" line="+25"/>
        <source>There is no household %1 that you may see.</source>
        <translation>Er is geen huishouden %1 dat u mag inzien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household %1 was changed since it was shown; look at the pair again before merging.</source>
        <translation>Huishouden %1 is gewijzigd sinds het werd getoond; bekijk het paar opnieuw voordat u samenvoegt.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A household cannot be merged with itself.</source>
        <translation>Een huishouden kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A merge can be undone for 1 to %1 days.</source>
        <translation>Een samenvoeging kan 1 tot %1 dagen ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/core/households/HouseholdUnmerge.cpp" line="+23"/>
        <source>This merge can no longer be undone: %1.</source>
        <translation>Deze samenvoeging kan niet meer ongedaan worden gemaakt: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its number was given to another household since</source>
        <translation>het nummer is sindsdien aan een ander huishouden gegeven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a member&apos;s number was given to another person since</source>
        <translation>het nummer van een lid is sindsdien aan een andere persoon gegeven</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no merge %1 that you may see.</source>
        <translation>Er is geen samenvoeging %1 die u mag inzien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was undone already</source>
        <translation>ze is al ongedaan gemaakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a merge can be undone for %1 days, and this one is older</source>
        <translation>een samenvoeging kan %1 dagen ongedaan worden gemaakt, en deze is ouder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the team&apos;s key was rotated since the merge, and the rows kept for the undo were sealed under the old key</source>
        <translation>de sleutel van het team is sinds het samenvoegen vernieuwd, en de voor het terugdraaien bewaarde rijen zijn met de oude sleutel versleuteld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the household that stayed no longer exists</source>
        <translation>het huishouden dat bleef bestaat niet meer</translation>
    </message>
</context>
<context>
    <name>vangnet::households::MergeRepository</name>
    <message>
        <location filename="../../src/core/households/MergeRepository.cpp" line="+89"/>
        <source>Household %1 does not exist.</source>
        <translation>Huishouden %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The merge record was not stored.</source>
        <translation>De registratie van de samenvoeging is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no merge %1 that you may see.</source>
        <translation>Er is geen samenvoeging %1 die u mag inzien.</translation>
    </message>
    <message>
        <location filename="../../src/core/households/MergeRepositoryUndo.cpp" line="+117"/>
        <source>case %1 now holds signals or notices of both households</source>
        <translation>zaak %1 bevat nu signalen of meldingen van beide huishoudens</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 row %2 was added since the merge about a member who would go back</source>
        <translation>%1 rij %2 is na de samenvoeging toegevoegd over een lid dat terug zou gaan</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::CsvOutput</name>
    <message>
        <location filename="../../src/core/importing/CsvOutput.cpp" line="+14"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::CsvRecordReader</name>
    <message>
        <location filename="../../src/core/importing/CsvRecordReader.cpp" line="+32"/>
        <source>%1, line %2: a record longer than 1 MiB; probably a quote that is never closed. Nothing after this line was read.</source>
        <translation>%1, regel %2: een record langer dan 1 MiB; waarschijnlijk een aanhalingsteken dat nooit wordt gesloten. Niets na deze regel is gelezen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is in UTF-16, which is not supported: save it as CSV in UTF-8 or Windows-1252.</source>
        <translation>%1 is in UTF-16, en dat wordt niet ondersteund: sla het op als CSV in UTF-8 of Windows-1252.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a text file (it holds binary data). Is it an Excel workbook? Save it as CSV.</source>
        <translation>%1 is geen tekstbestand (het bevat binaire gegevens). Is het een Excel-werkmap? Sla het op als CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 is leeg: het heeft geen kopregel.</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::CsvTable</name>
    <message>
        <location filename="../../src/core/importing/CsvTable.cpp" line="+56"/>
        <source>The profile %1 is for another kind of file (%2).</source>
        <translation>Het profiel %1 is voor een ander soort bestand (%2).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 is leeg: het heeft geen kopregel.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (or %2 and %3)</source>
        <translation>%1 (of %2 en %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file this profile (%2) can read: the header lacks the required columns %3.</source>
        <translation>%1 is geen bestand dat dit profiel (%2) kan lezen: in de kopregel ontbreken de verplichte kolommen %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A quoted field is not closed before the end of the file</source>
        <translation>Een veld tussen aanhalingstekens wordt niet gesloten voor het einde van het bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many columns: %1 where the header has %2</source>
        <translation>Te veel kolommen: %1 terwijl de kopregel er %2 heeft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few columns: %1 where the header has %2</source>
        <translation>Te weinig kolommen: %1 terwijl de kopregel er %2 heeft</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::DdasSignalReader</name>
    <message>
        <location filename="../../src/core/importing/DdasSignalReader.cpp" line="+66"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is larger than %2 MB, too large for a DDAS import. Split the delivery.</source>
        <translation>%1 is groter dan %2 MB, te groot voor een DDAS-import. Splits de levering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a text file (it holds binary data).</source>
        <translation>%1 is geen tekstbestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 is geen geldige JSON: %2 (bij byte %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a DDAS delivery: it has no &quot;leveringen&quot; list.</source>
        <translation>%1 is geen DDAS-levering: het heeft geen lijst &quot;leveringen&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A vroegsignaal must be a JSON object</source>
        <translation>Een vroegsignaal moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Expected a single value, not a list or object</source>
        <translation>Hier hoort één waarde, geen lijst of object</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::DischargeDateBounds</name>
    <message>
        <location filename="../../src/core/importing/DischargeDateBounds.cpp" line="+30"/>
        <source>The discharge date %1 is more than %2 before today (policy setting &apos;%3&apos;); the notice is left as it was.</source>
        <translation>De uitstroomdatum %1 ligt meer dan %2 vóór vandaag (beleidsinstelling &apos;%3&apos;); de melding is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discharge date %1 is more than %2 after today (policy setting &apos;%3&apos;); the notice is left as it was.</source>
        <translation>De uitstroomdatum %1 ligt meer dan %2 na vandaag (beleidsinstelling &apos;%3&apos;); de melding is ongewijzigd gelaten.</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::DischargeWriter</name>
    <message>
        <location filename="../../src/core/importing/DischargeWriter.cpp" line="+112"/>
        <source>A notice with this id belongs to another household; it is left as it was.</source>
        <translation>Een melding met dit id hoort bij een ander huishouden; die is ongewijzigd gelaten.</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::FieldReader</name>
    <message>
        <location filename="../../src/core/importing/FieldReader.cpp" line="+63"/>
        <source>A required value is missing</source>
        <translation>Een verplichte waarde ontbreekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&quot;%1&quot; is geen bestaande datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The amount &quot;%1&quot; is negative</source>
        <translation>Het bedrag &quot;%1&quot; is negatief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation>Het bedrag &quot;%1&quot; is te groot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an amount (expected for example 1234.56, 1.234,56 or 1234)</source>
        <translation>&quot;%1&quot; is geen bedrag (verwacht bijvoorbeeld 1234.56, 1.234,56 of 1234)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not yes or no (expected ja, nee, true, false, 1 or 0)</source>
        <translation>&quot;%1&quot; is geen ja of nee (verwacht ja, nee, true, false, 1 of 0)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown signal partner type &quot;%1&quot; (expected Huur, Energie, Water, Zorg, CAK Zorgverzekeringen, Hypotheek, DUO, Belastingdienst, CAK Eigen bijdrage, Dienst Toeslagen or Overige)</source>
        <translation>Onbekend soort signaalpartner &quot;%1&quot; (verwacht Huur, Energie, Water, Zorg, CAK Zorgverzekeringen, Hypotheek, DUO, Belastingdienst, CAK Eigen bijdrage, Dienst Toeslagen of Overige)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown institution type &quot;%1&quot; (expected detentie, ggz_kliniek, jeugdzorg, beschermd_wonen, maatschappelijke_opvang, ziekenhuis or overig)</source>
        <translation>Onbekend soort instelling &quot;%1&quot; (verwacht detentie, ggz_kliniek, jeugdzorg, beschermd_wonen, maatschappelijke_opvang, ziekenhuis of overig)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a condition status (expected geregeld, in_behandeling, niet_geregeld or onbekend)</source>
        <translation>&quot;%1&quot; is geen status van een basisvoorwaarde (verwacht geregeld, in_behandeling, niet_geregeld of onbekend)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown channel &quot;%1&quot; (expected dr_plan, warme_overdracht, dpan or overig)</source>
        <translation>Onbekend kanaal &quot;%1&quot; (verwacht dr_plan, warme_overdracht, dpan of overig)</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::FixedHeaderCsv</name>
    <message>
        <location filename="../../src/core/importing/FixedHeaderCsv.cpp" line="+18"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The row has %1 fields; the header has %2</source>
        <translation>De regel heeft %1 velden; de kopregel heeft er %2</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::HouseholdMatcher</name>
    <message>
        <location filename="../../src/core/importing/HouseholdMatcher.cpp" line="+189"/>
        <source>postcode and house number</source>
        <translation>postcode en huisnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No household matches, and a new one needs %1</source>
        <translation>Geen huishouden past, en voor een nieuw huishouden ontbreekt: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::ImportFiles</name>
    <message>
        <location filename="../../src/core/importing/ImportFiles.cpp" line="+56"/>
        <source>Unknown format &apos;%1&apos;; use csv or ddas.</source>
        <translation>Onbekende indeling &apos;%1&apos;; gebruik csv of ddas.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no import profile &apos;%1&apos;; known profiles: %2</source>
        <translation>Er is geen importprofiel &apos;%1&apos;; bekende profielen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is the built-in profile; choose another name.</source>
        <translation>&apos;%1&apos; is het ingebouwde profiel; kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::ImportKeys</name>
    <message>
        <location filename="../../src/core/importing/ImportKeys.cpp" line="+109"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rent</source>
        <translation>Huur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mortgage</source>
        <translation>Hypotheek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAK health insurance</source>
        <translation>CAK Zorgverzekeringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health insurance</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DUO</source>
        <translation>DUO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tax Administration</source>
        <translation>Belastingdienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAK personal contribution</source>
        <translation>CAK Eigen bijdrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefits Agency</source>
        <translation>Dienst Toeslagen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Detention</source>
        <translation>Detentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mental-health clinic</source>
        <translation>GGZ-kliniek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Youth care</source>
        <translation>Jeugdzorg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected housing</source>
        <translation>Beschermd wonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shelter</source>
        <translation>Maatschappelijke opvang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other institution</source>
        <translation>Overige instelling</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Arranged</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not arranged</source>
        <translation>Niet geregeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>D&amp;R plan / Re-integration message box</source>
        <translation>D&amp;R-plan / Berichtenbox Re-integratie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPAN</source>
        <translation>DPAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other channel</source>
        <translation>Ander kanaal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Announced</source>
        <translation>Aangekondigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In detention</source>
        <translation>In detentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discharged</source>
        <translation>Uitgestroomd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::ImportProfile</name>
    <message>
        <location filename="../../src/core/importing/ImportFiles.cpp" line="-3"/>
        <location filename="../../src/core/importing/ImportProfile.cpp" line="+63"/>
        <source>The profile has no name</source>
        <translation>Het profiel heeft geen naam</translation>
    </message>
    <message>
        <location filename="../../src/core/importing/ImportProfile.cpp" line="+9"/>
        <source>Unknown profile kind &quot;%1&quot; (expected signals or discharges)</source>
        <translation>Onbekend soort profiel &quot;%1&quot; (verwacht signals of discharges)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown field &quot;%1&quot; in the column mapping</source>
        <translation>Onbekend veld &quot;%1&quot; in de kolomindeling</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The delimiter must be ; or , or a tab, not &quot;%1&quot;</source>
        <translation>Het scheidingsteken moet ; of , of een tab zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown encoding &quot;%1&quot; (expected auto, utf-8 or windows-1252)</source>
        <translation>Onbekende tekenset &quot;%1&quot; (verwacht auto, utf-8 of windows-1252)</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::ImportService</name>
    <message>
        <location filename="../../src/core/importing/ImportService.cpp" line="+372"/>
        <source>Import %1 was made by another team; only that team can withdraw it.</source>
        <translation>Import %1 is gedaan door een ander team; alleen dat team kan deze intrekken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1 was withdrawn already.</source>
        <translation>Import %1 is al ingetrokken.</translation>
    </message>
</context>
<context>
    <name>vangnet::importing::PersonFieldParser</name>
    <message>
        <location filename="../../src/core/importing/PersonFieldParser.cpp" line="+59"/>
        <source>The house number &quot;%1&quot; is not a number from 1 to 99999</source>
        <translation>Het huisnummer &quot;%1&quot; is geen getal van 1 tot en met 99999</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The postcode &quot;%1&quot; is not a Dutch postcode (expected like 1234 AB)</source>
        <translation>De postcode &quot;%1&quot; is geen Nederlandse postcode (verwacht zoals 1234 AB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The row cannot be matched: no BSN and no address (postcode and house number)</source>
        <translation>De regel kan niet worden gekoppeld: geen BSN en geen adres (postcode en huisnummer)</translation>
    </message>
</context>
<context>
    <name>vangnet::needs::NeedCsvReader</name>
    <message>
        <location filename="../../src/core/needs/NeedCsvReader.cpp" line="+29"/>
        <source>&quot;%1&quot; is not an id (a whole number from 1)</source>
        <translation>&quot;%1&quot; is geen id (een geheel getal vanaf 1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not ja or nee</source>
        <translation>&quot;%1&quot; is geen ja of nee</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The number of persons &quot;%1&quot; is not a whole number of at least 1</source>
        <translation>Het aantal personen &quot;%1&quot; is geen geheel getal van ten minste 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown begeleiding &quot;%1&quot; (expected licht, midden or intensief)</source>
        <translation>Onbekende begeleiding &quot;%1&quot; (verwacht licht, midden of intensief)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown woonvorm &quot;%1&quot; (expected housing_first, begeleid_wonen, beschermd_wonen, jongeren, gezinsplek, skaeve_huse or overig)</source>
        <translation>Onbekende woonvorm &quot;%1&quot; (verwacht housing_first, begeleid_wonen, beschermd_wonen, jongeren, gezinsplek, skaeve_huse of overig)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 does not have the header of a housing need file. Expected: %2</source>
        <translation>%1 heeft niet de kopregel van een woonvragenbestand. Verwacht: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The household %1 is in the file more than once</source>
        <translation>Huishouden %1 staat meer dan eens in het bestand</translation>
    </message>
</context>
<context>
    <name>vangnet::needs::NeedService</name>
    <message>
        <location filename="../../src/core/needs/NeedService.cpp" line="+27"/>
        <source>There is no household %1 that you may see.</source>
        <translation>Er is geen huishouden %1 dat u mag inzien.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>At least one person must move.</source>
        <translation>Er moet ten minste één persoon verhuizen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The applicant must be a member of the household.</source>
        <translation>De aanvrager moet lid zijn van het huishouden.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Household %1 has no housing need.</source>
        <translation>Huishouden %1 heeft geen woonvraag.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Person %1 is not a member of household %2.</source>
        <translation>Persoon %1 is geen lid van huishouden %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::places</name>
    <message>
        <location filename="../../src/core/places/PlaceKeys.cpp" line="+60"/>
        <source>Housing First</source>
        <translation>Housing First</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported living</source>
        <translation>Begeleid wonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheltered living</source>
        <translation>Beschermd wonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family place</source>
        <translation>Gezinsplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skaeve Huse</source>
        <translation>Skaeve Huse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Available</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of use</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Light support</source>
        <translation>Lichte begeleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate support</source>
        <translation>Middelzware begeleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensive support</source>
        <translation>Intensieve begeleiding</translation>
    </message>
</context>
<context>
    <name>vangnet::places::PlaceCsvReader</name>
    <message>
        <location filename="../../src/core/places/PlaceCsvReader.cpp" line="+47"/>
        <source>&quot;%1&quot; is not ja or nee</source>
        <translation>&quot;%1&quot; is geen ja of nee</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown woonvorm &quot;%1&quot; (expected housing_first, begeleid_wonen, beschermd_wonen, jongeren, gezinsplek, skaeve_huse or overig)</source>
        <translation>Onbekende woonvorm &quot;%1&quot; (verwacht housing_first, begeleid_wonen, beschermd_wonen, jongeren, gezinsplek, skaeve_huse of overig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The capacity &quot;%1&quot; is not a whole number of at least 1</source>
        <translation>De capaciteit &quot;%1&quot; is geen geheel getal van minstens 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The age &quot;%1&quot; is not a whole number of at least 0</source>
        <translation>De leeftijd &quot;%1&quot; is geen geheel getal van minstens 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum age %1 is below the minimum age %2</source>
        <translation>De maximumleeftijd %1 ligt onder de minimumleeftijd %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of persons &quot;%1&quot; is not a whole number of at least 1</source>
        <translation>Het aantal personen &quot;%1&quot; is geen geheel getal van minstens 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown begeleiding &quot;%1&quot; (expected licht, midden or intensief)</source>
        <translation>Onbekende begeleiding &quot;%1&quot; (verwacht licht, midden of intensief)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not have the header of a place inventory. Expected: %2</source>
        <translation>%1 heeft niet de kopregel van een plekkenbestand. Verwacht: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plek_id &quot;%1&quot; is in the file more than once</source>
        <translation>De plek_id &quot;%1&quot; staat meer dan eens in het bestand</translation>
    </message>
</context>
<context>
    <name>vangnet::places::PlaceService</name>
    <message>
        <location filename="../../src/core/places/PlaceService.cpp" line="+132"/>
        <source>There is no place with plek_id &quot;%1&quot;.</source>
        <translation>Er is geen plek met plek_id &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>vangnet::planner</name>
    <message>
        <location filename="../../src/core/planner/JsonScanner.cpp" line="+65"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true, false or null</source>
        <translation>true, false of null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the file</source>
        <translation>het einde van het bestand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected %1, found %2</source>
        <translation>%1 verwacht, %2 gevonden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a text in double quotes, found %1</source>
        <translation>een tekst tussen dubbele aanhalingstekens verwacht, %1 gevonden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>a text is not closed with &apos;&quot;&apos;</source>
        <translation>een tekst is niet afgesloten met &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a control character in a text must be written as an escape</source>
        <translation>een stuurteken in een tekst moet als escape geschreven worden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u moet gevolgd worden door vier hexadecimale cijfers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>onbekende escape &apos;\%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a number needs a digit</source>
        <translation>een getal moet een cijfer bevatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number may not start with 0</source>
        <translation>een getal mag niet met 0 beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number needs a digit after &apos;.&apos;</source>
        <translation>een getal moet een cijfer na &apos;.&apos; hebben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number needs a digit in its exponent</source>
        <translation>een getal moet een cijfer in de exponent hebben</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>expected a whole number, found %1</source>
        <translation>een geheel getal verwacht, %1 gevonden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the number %1 is too large</source>
        <translation>het getal %1 is te groot</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+47"/>
        <source>expected a value, found %1</source>
        <translation>een waarde verwacht, %1 gevonden</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the file is nested too deeply</source>
        <translation>het bestand is te diep genest</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../src/core/planner/PlanInstanceReader.cpp" line="+104"/>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; of &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/core/planner/PlanInstanceReader.cpp" line="+19"/>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/core/planner/PlanInstanceReader.cpp" line="+3"/>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; of &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/core/planner/LemonPlanner.cpp" line="+74"/>
        <source>the network simplex solver found no optimal plan</source>
        <translation>de network-simplex-solver vond geen optimaal plan</translation>
    </message>
    <message>
        <location filename="../../src/core/planner/PlanExplainer.cpp" line="+151"/>
        <source>no eligible place</source>
        <translation>geen passende plek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every eligible place is excluded for this household</source>
        <translation>elke passende plek is uitgesloten voor dit huishouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every eligible place is filled by pinned households</source>
        <translation>elke passende plek is bezet door vastgezette huishoudens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every eligible place is needed for households of a higher tier (%1)</source>
        <translation>elke passende plek is nodig voor huishoudens met een hogere urgentie (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every eligible place is needed for households of the same tier that come first (higher priority, or equal priority and a lower household id)</source>
        <translation>elke passende plek is nodig voor huishoudens met dezelfde urgentie die voorgaan (hogere prioriteit, of gelijke prioriteit en een lager huishoudnummer)</translation>
    </message>
    <message>
        <location filename="../../src/core/planner/PlanInstance.cpp" line="+32"/>
        <source>candidate index %1 is out of range (%2 candidates)</source>
        <translation>kandidaatindex %1 valt buiten het bereik (%2 kandidaten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>place index %1 is out of range (%2 places)</source>
        <translation>plekindex %1 valt buiten het bereik (%2 plekken)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 candidates</source>
        <translation>meer dan %1 kandidaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a household id is a whole number from 1 (is %1)</source>
        <translation>een huishoudnummer is een geheel getal vanaf 1 (is %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>household %1 is listed twice (also %2)</source>
        <translation>huishouden %1 staat er twee keer in (ook %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown tier</source>
        <translation>onbekende urgentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a priority is a whole number from 0 to %1 (is %2)</source>
        <translation>een prioriteit is een geheel getal van 0 tot en met %1 (is %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>more than %1 places</source>
        <translation>meer dan %1 plekken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a place needs its plek_id</source>
        <translation>een plek moet een plek_id hebben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>place &quot;%1&quot; is listed twice (also %2)</source>
        <translation>plek &quot;%1&quot; staat er twee keer in (ook %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/core/planner/PlanInstanceReader.cpp" line="+88"/>
        <source>a capacity is a whole number from 1 to %1 (is %2)</source>
        <translation>een capaciteit is een geheel getal van 1 tot en met %1 (is %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>more than %1 pairs</source>
        <translation>meer dan %1 paren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the pair [%1, %2] is listed twice (also %3)</source>
        <translation>het paar [%1, %2] staat er twee keer in (ook %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>household %1 is already pinned (%2)</source>
        <translation>huishouden %1 is al vastgezet (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>place &quot;%1&quot; takes %2 household(s) and already has as many pins (%3)</source>
        <translation>plek &quot;%1&quot; biedt ruimte aan %2 huishouden(s) en heeft al evenveel vastgezette huishoudens (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>household %1 is not eligible for place &quot;%2&quot; (the pair is not in pairs)</source>
        <translation>huishouden %1 komt niet in aanmerking voor plek &quot;%2&quot; (het paar staat niet in pairs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pinned pair is also excluded (%1)</source>
        <translation>het vastgezette paar is ook uitgesloten (%1)</translation>
    </message>
    <message>
        <location filename="../../src/core/planner/PlanInstanceReader.cpp" line="-125"/>
        <location line="+101"/>
        <location line="+41"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>a list &apos;[&apos;</source>
        <translation>een lijst &apos;[&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an object &apos;{&apos;</source>
        <translation>een object &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the tiers must be [&quot;kritiek&quot;, &quot;hoog&quot;, &quot;midden&quot;, &quot;laag&quot;], most urgent first</source>
        <translation>de urgenties moeten [&quot;kritiek&quot;, &quot;hoog&quot;, &quot;midden&quot;, &quot;laag&quot;] zijn, de meest urgente eerst</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown tier &quot;%1&quot;; use kritiek, hoog, midden or laag</source>
        <translation>onbekende urgentie &quot;%1&quot;; gebruik kritiek, hoog, midden of laag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &quot;%1&quot;; a candidate has id, tier and priority</source>
        <translation>onbekend veld &quot;%1&quot;; een kandidaat heeft id, tier en priority</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown field &quot;%1&quot;; a place has id and capacity</source>
        <translation>onbekend veld &quot;%1&quot;; een plek heeft id en capacity</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>candidate index %1 is out of range</source>
        <translation>kandidaatindex %1 valt buiten het bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place index %1 is out of range</source>
        <translation>plekindex %1 valt buiten het bereik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pair [candidate index, place index]</source>
        <translation>een paar [kandidaatindex, plekindex]</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown key &quot;%1&quot;; an instance has tiers, candidates, places, pairs, pins, exclusions and meta</source>
        <translation>onbekende sleutel &quot;%1&quot;; een instantie heeft tiers, candidates, places, pairs, pins, exclusions en meta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected text after the instance</source>
        <translation>onverwachte tekst na de instantie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/planner/PlanInstanceWriter.cpp" line="+79"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::plans</name>
    <message>
        <location filename="../../src/core/plans/CapacityOutlookService.cpp" line="+34"/>
        <source>The capacity outlook was stopped.</source>
        <translation>De capaciteitsprognose is gestopt.</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/CapacityOutlookText.cpp" line="+26"/>
        <source>short %1</source>
        <translation>tekort %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No housing type runs short in these 13 weeks.</source>
        <translation>Geen woonvorm komt tekort in deze 13 weken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First shortage: %1 in week %2 (from %3)</source>
        <translation>Eerste tekort: %1 in week %2 (vanaf %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All housing types together have places enough in these 13 weeks.</source>
        <translation>Alle woonvormen samen hebben genoeg plekken in deze 13 weken.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All housing types together run short from week %1 (from %2): %n household(s) more than places.</source>
        <translation>
            <numerusform>Alle woonvormen samen komen tekort vanaf week %1 (vanaf %2): %n huishouden meer dan er plekken zijn.</numerusform>
            <numerusform>Alle woonvormen samen komen tekort vanaf week %1 (vanaf %2): %n huishoudens meer dan er plekken zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted: candidates %1, discharges %2, 18th birthdays in youth care %3, later than the outlook %4; places %5. Households without a housing type (no preference): %6.</source>
        <translation>Geteld: kandidaten %1, uitstroom %2, 18e verjaardagen in de jeugdzorg %3, later dan de prognose %4; plekken %5. Huishoudens zonder woonvorm (geen voorkeur): %6.</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/Eligibility.cpp" line="+197"/>
        <source>the place is not free (%1)</source>
        <translation>plek is niet vrij (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capacity left (capacity %1, %2 taken)</source>
        <translation>geen capaciteit over (capaciteit %1, %2 bezet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the place is available from %1, after the horizon (%2)</source>
        <translation>plek pas beschikbaar vanaf %1, na de horizon (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the household can move from %1, after the horizon (%2)</source>
        <translation>huishouden kan pas verhuizen vanaf %1, na de horizon (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many persons (%1, the place takes %2)</source>
        <translation>te veel personen (%1, plek neemt er %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the applicant is %1, the place from %2</source>
        <translation>aanvrager is %1, plek vanaf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the applicant is %1, the place up to %2</source>
        <translation>aanvrager is %1, plek tot en met %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the applicant&apos;s age is unknown and the place has an age limit</source>
        <translation>leeftijd van de aanvrager onbekend, plek heeft een leeftijdsgrens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no wheelchair-accessible place</source>
        <translation>geen rolstoeltoegankelijke plek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pets allowed</source>
        <translation>geen huisdieren toegestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too little support (needs %1, the place provides %2)</source>
        <translation>te weinig begeleiding (nodig: %1, plek biedt: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>woonvorm %1 not asked for (asked: %2)</source>
        <translation>woonvorm %1 niet gevraagd (gevraagd: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the place has no wijk (asked: %1)</source>
        <translation>plek heeft geen wijk (gevraagd: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wijk %1 not asked for (asked: %2)</source>
        <translation>wijk %1 niet gevraagd (gevraagd: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the household declined this place</source>
        <translation>huishouden heeft deze plek afgewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded by staff</source>
        <translation>uitgesloten door een medewerker</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/NeedHolder.cpp" line="+28"/>
        <source>candidate</source>
        <translation>kandidaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a candidate: no active flag</source>
        <translation>geen kandidaat: geen actief signaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a candidate: a proposal is being offered</source>
        <translation>geen kandidaat: een voorstel is in behandeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a candidate: already placed</source>
        <translation>geen kandidaat: al geplaatst</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/PlanRun.cpp" line="+43"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offered</source>
        <translation>aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>geplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/PlanService.cpp" line="+42"/>
        <source>The horizon is a number of days from 0 to %1, not %2.</source>
        <translation>De horizon is een aantal dagen van 0 tot en met %1, niet %2.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Household %1 has no housing need.</source>
        <translation>Huishouden %1 heeft geen woonvraag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no place with id %1.</source>
        <translation>Er is geen plek met id %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/ProposalBuilder.cpp" line="+53"/>
        <source>No candidates: no household has a housing need and an active flag (households with a need that are not candidates: %1).</source>
        <translation>Geen kandidaten: geen huishouden heeft een woonvraag en een actief signaal (huishoudens met een woonvraag die geen kandidaat zijn: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No places available: none of the %1 places is free, has capacity left and is available by %2.</source>
        <translation>Geen beschikbare plekken: geen van de %1 plekken is vrij, heeft capaciteit over en is beschikbaar op %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the place is not in the inventory</source>
        <translation>de plek staat niet in het overzicht van woonplekken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it breaks a hard requirement: %1</source>
        <translation>het schendt een harde eis: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pins on place %1 go beyond its capacity left (%2).</source>
        <translation>Vastzettingen op plek %1 gaan boven de capaciteit die over is (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the household is %1</source>
        <translation>het huishouden is %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the household has no housing need</source>
        <translation>het huishouden heeft geen woonvraag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pin of household %1 on place %2 cannot be kept: %3.</source>
        <translation>De vastzetting van huishouden %1 op plek %2 kan niet blijven: %3.</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/ProposalExplainer.cpp" line="+102"/>
        <source>Proposed: %1. It meets every requirement; tier %2, priority %3.</source>
        <translation>Voorgesteld: %1. Voldoet aan alle eisen; urgentie %2, prioriteit %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pinned by staff.</source>
        <translation>Vastgezet door een medewerker.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It had no other eligible place.</source>
        <translation>Er was geen andere passende plek.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It had %n other eligible place(s): %1.</source>
        <translation>
            <numerusform>Er was nog %n andere passende plek: %1.</numerusform>
            <numerusform>Er waren nog %n andere passende plekken: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The greedy baseline would give it the same place.</source>
        <translation>De greedy-basislijn zou dezelfde plek geven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The greedy baseline would give it %1.</source>
        <translation>De greedy-basislijn zou %1 geven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The greedy baseline would not place it.</source>
        <translation>De greedy-basislijn zou dit huishouden niet plaatsen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not placed (tier %1, priority %2): %3.</source>
        <translation>Niet geplaatst (urgentie %1, prioriteit %2): %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nearest places: %1.</source>
        <translation>Dichtstbijzijnde plekken: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is suitable: it meets every requirement.</source>
        <translation>%1 is geschikt: voldoet aan alle eisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not suitable: %2.</source>
        <translation>%1 is niet geschikt: %2.</translation>
    </message>
</context>
<context>
    <name>vangnet::plans::PlanRunService</name>
    <message>
        <location filename="../../src/core/plans/PlanRunService.cpp" line="+43"/>
        <source>There is no plan run %1.</source>
        <translation>Er is geen planrun %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The plan run was stopped; nothing was stored.</source>
        <translation>De planrun is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run without candidates is not stored.</source>
        <translation>Een run zonder kandidaten wordt niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>vangnet::plans::PlanWorkflowService</name>
    <message>
        <location filename="../../src/core/plans/PlanWorkflowPins.cpp" line="+29"/>
        <source>There is no place with plek_id &quot;%1&quot;.</source>
        <translation>Er is geen plek met plek_id &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no household %1 that you may see.</source>
        <translation>Er is geen huishouden %1 dat u mag inzien.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Household %1 has no housing need; record one before pinning it to a place.</source>
        <translation>Huishouden %1 heeft geen woonvraag; leg die vast voordat u het aan een plek vastzet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place %1 is %2; only a place that is vrij can take a pin.</source>
        <translation>Plek %1 is %2; alleen een vrije plek kan worden vastgezet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 and place %2 are excluded (%3); lift the exclusion first.</source>
        <translation>Huishouden %1 en plek %2 zijn uitgesloten (%3); hef eerst de uitsluiting op.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Place %1 takes %2 household(s); with %3 pinned and %4 taken there is no room for another pin.</source>
        <translation>Plek %1 biedt ruimte aan %2 huishouden(s); met %3 vastgezet en %4 bezet is er geen ruimte om nog een huishouden vast te zetten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Household %1 has no pin.</source>
        <translation>Huishouden %1 is niet vastgezet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Household %1 is pinned to %2; remove the pin first.</source>
        <translation>Huishouden %1 is vastgezet aan %2; maak dat eerst los.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Household %1 and place %2 are not excluded.</source>
        <translation>Huishouden %1 en plek %2 zijn niet uitgesloten.</translation>
    </message>
    <message>
        <location filename="../../src/core/plans/PlanWorkflowService.cpp" line="+34"/>
        <source>Proposal %1 has no place (any more).</source>
        <translation>Voorstel %1 heeft geen plek (meer).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no plan proposal %1.</source>
        <translation>Er is geen plaatsingsvoorstel %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposal %1 is %2; only a proposal that is %3 can become %4.</source>
        <translation>Voorstel %1 is %2; alleen een voorstel dat %3 is kan %4 worden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposal %1 was changed by someone else just now; look again.</source>
        <translation>Voorstel %1 is zojuist door iemand anders gewijzigd; bekijk het opnieuw.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Place %1 is %2 now; only a place that is vrij can be given.</source>
        <translation>Plek %1 is nu %2; alleen een vrije plek kan worden toegewezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1 has no capacity left: its %2 place(s) are taken or promised to approved proposals.</source>
        <translation>Plek %1 heeft geen ruimte meer: de %2 plaats(en) zijn bezet of toegezegd aan goedgekeurde voorstellen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason the household declined the offer.</source>
        <translation>Geef de reden waarom het huishouden het aanbod heeft afgewezen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Household %1 already lives in a place.</source>
        <translation>Huishouden %1 woont al in een plek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place %1 is full: %2 household(s) live there.</source>
        <translation>Plek %1 is vol: er wonen %2 huishouden(s).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Placed in %1 (%2) as of %3.</source>
        <translation>Geplaatst in %1 (%2) per %3.</translation>
    </message>
</context>
<context>
    <name>vangnet::rules</name>
    <message>
        <location filename="../../src/core/rules/EvalContext.cpp" line="+175"/>
        <source>signal %1 has an unknown partner type &apos;%2&apos;</source>
        <translation>signaal %1 heeft een onbekende signaalpartner &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>discharge notice %1 has an unknown institution type &apos;%2&apos;</source>
        <translation>uitstroommelding %1 heeft een onbekende soort instelling &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>discharge notice %1 has an unknown condition state &apos;%2&apos;</source>
        <translation>uitstroommelding %1 heeft een onbekende status van een basisvoorwaarde &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>case %1 has an unknown type &apos;%2&apos;</source>
        <translation>zaak %1 heeft een onbekend zaaktype &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>case %1 has an unknown outcome &apos;%2&apos;</source>
        <translation>zaak %1 heeft een onbekend eindresultaat &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/Evaluator.cpp" line="+53"/>
        <source>the evaluation date is not valid</source>
        <translation>de peildatum is ongeldig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>internal error: %1</source>
        <translation>interne fout: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/ExplainText.cpp" line="+21"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (since %3)</source>
        <translation>%1 %2 (sinds %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID document</source>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shelter</source>
        <translation>onderdak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income</source>
        <translation>inkomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>debts</source>
        <translation>schulden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>care</source>
        <translation>zorg</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+142"/>
        <location line="+4"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1, discharged on %2</source>
        <translation>%1, uitgestroomd op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, discharged on %2 (%3)</source>
        <translation>%1, uitgestroomd op %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 op %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>announced</source>
        <translation>aangekondigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in detention</source>
        <translation>in detentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discharged</source>
        <translation>uitgestroomd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (18 on %2)</source>
        <translation>%1 (18 op %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (reached)</source>
        <translation>%1 (bereikt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not reached)</source>
        <translation>%1 (niet bereikt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, open since %2</source>
        <translation>%1, open sinds %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 tot %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2 tot %3 (%4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown date</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+57"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/ExpressionParser.cpp" line="+17"/>
        <source>the end of the text</source>
        <translation>het einde van de tekst</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+389"/>
        <source>expected %1, found %2</source>
        <translation>%1 verwacht, maar %2 gevonden</translation>
    </message>
    <message>
        <location line="-383"/>
        <location filename="../../src/core/rules/RuleParser.cpp" line="+219"/>
        <source>the name &apos;%1&apos; is already taken</source>
        <translation>de naam &apos;%1&apos; is al in gebruik</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;in&apos; cannot be used with %1</source>
        <translation>&apos;in&apos; kan niet met %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot compare %1 with %2</source>
        <translation>kan %1 niet vergelijken met %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; only compares numbers and amounts</source>
        <translation>&apos;%1&apos; kan alleen getallen en bedragen vergelijken</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>cannot calculate with %1 and %2</source>
        <translation>kan niet rekenen met %1 en %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>a value</source>
        <translation>een waarde</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>persons have no time window; use age or turns_18_within</source>
        <translation>personen hebben geen tijdvenster; gebruik age of turns_18_within</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cases have no time window; use opened_days or closed_days</source>
        <translation>zaken hebben geen tijdvenster; gebruik opened_days of closed_days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a number of days, months or years</source>
        <translation>een aantal dagen, maanden of jaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty time window: use at least 1 day</source>
        <translation>leeg tijdvenster: gebruik minstens 1 dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/rules/Lexer.cpp" line="+157"/>
        <location line="+31"/>
        <location filename="../../src/core/rules/ValueNodes.cpp" line="+195"/>
        <source>number too large</source>
        <translation>getal te groot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>days, months or years</source>
        <translation>days, months of years</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown time unit &apos;%1&apos;: use days, months or years</source>
        <translation>onbekende tijdseenheid &apos;%1&apos;: gebruik days, months of years</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown ZRM domain %1</source>
        <translation>onbekend ZRM-domein %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>turns_18_within can only be used after &apos;where&apos; on persons or discharges</source>
        <translation>turns_18_within kan alleen na &apos;where&apos; op persons of discharges</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>onbekende functie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 expects signals, discharges, persons, attempts or cases, found %2</source>
        <translation>%1 verwacht signals, discharges, persons, attempts of cases, maar kreeg %2</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+31"/>
        <location line="+3"/>
        <source>%1 expects %2, not %3</source>
        <translation>%1 verwacht %2, geen %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>unknown value &apos;%1&apos;: expected %2</source>
        <translation>onbekende waarde &apos;%1&apos;: %2 verwacht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is a fact of each of the %2, not of the %3</source>
        <translation>&apos;%1&apos; is een feit van elk van de %2, niet van de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is a fact of each of the %2: use it after &apos;where&apos;</source>
        <translation>&apos;%1&apos; is een feit van elk van de %2: gebruik het na &apos;where&apos;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>onbekend feit &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected a condition (true or false), found %1</source>
        <translation>hier hoort een voorwaarde (waar of onwaar), maar dit is %1</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/Lexer.cpp" line="-51"/>
        <location line="+26"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>onverwacht teken &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <location line="+9"/>
        <source>invalid amount: write it as € 1.250 or € 99,95</source>
        <translation>ongeldig bedrag: schrijf het als € 1.250 of € 99,95</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>text without a closing quote</source>
        <translation>tekst zonder sluitend aanhalingsteken</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/ValueNodes.cpp" line="-8"/>
        <source>division by zero (line %1, column %2)</source>
        <translation>deling door nul (regel %1, kolom %2)</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/CollectionNodes.cpp" line="+25"/>
        <source>signal %1 has no valid signal date</source>
        <translation>signaal %1 heeft geen geldige signaaldatum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>discharge notice %1 has no valid expected date</source>
        <translation>uitstroommelding %1 heeft geen geldige uitstroomdatum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a contact attempt has no valid date</source>
        <translation>een contactpoging heeft geen geldige datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>case %1 has no valid opening date</source>
        <translation>zaak %1 heeft geen geldige openingsdatum</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/FieldNodes.cpp" line="+140"/>
        <source>discharge notice %1 has an unknown state &apos;%2&apos;</source>
        <translation>uitstroommelding %1 heeft een onbekende uitstroomfase &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/RuleParser.cpp" line="-169"/>
        <source>the name of the rule</source>
        <translation>de naam van de regel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title, severity, score, let, when, explain or &apos;}&apos;</source>
        <translation>title, severity, score, let, when, explain of &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; appears twice in rule &apos;%2&apos;</source>
        <translation>&apos;%1&apos; staat twee keer in regel &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown severity &apos;%1&apos;: use laag, midden, hoog or kritiek</source>
        <translation>onbekende ernst &apos;%1&apos;: gebruik laag, midden, hoog of kritiek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the score must be a whole number from 0 to 1000</source>
        <translation>de score moet een geheel getal van 0 tot en met 1000 zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a name after &apos;let&apos;</source>
        <translation>na &apos;let&apos; hoort een naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown part &apos;%1&apos;: use title, severity, score, let, when or explain</source>
        <translation>onbekend onderdeel &apos;%1&apos;: gebruik title, severity, score, let, when of explain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule &apos;%1&apos; has no &apos;%2&apos;</source>
        <translation>regel &apos;%1&apos; mist &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>a text in double quotes</source>
        <translation>een tekst tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;}&apos; without &apos;{&apos; in the explanation; write &apos;}}&apos; for a brace</source>
        <translation>&apos;}&apos; zonder &apos;{&apos; in de uitleg; schrijf &apos;}}&apos; voor een accolade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{&apos; without &apos;}&apos; in the explanation</source>
        <translation>&apos;{&apos; zonder &apos;}&apos; in de uitleg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty &apos;{}&apos; in the explanation</source>
        <translation>lege &apos;{}&apos; in de uitleg</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>expected the name of the parameter</source>
        <translation>hier hoort de naam van de parameter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter &apos;%1&apos; is defined twice</source>
        <translation>parameter &apos;%1&apos; staat er twee keer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &apos;=&apos; after the parameter&apos;s name</source>
        <translation>na de naam van de parameter hoort &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parameter &apos;%1&apos; must be a number (90) or an amount (€ 1.000), not %2</source>
        <translation>parameter &apos;%1&apos; moet een getal (90) of een bedrag (€ 1.000) zijn, niet %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parameters come before the first rule</source>
        <translation>parameters staan boven de eerste regel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule &apos;%1&apos; is defined twice</source>
        <translation>regel &apos;%1&apos; komt twee keer voor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the rule set has no rules</source>
        <translation>de regelset bevat geen regels</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/ValueType.cpp" line="+57"/>
        <source>a condition</source>
        <translation>een voorwaarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an amount</source>
        <translation>een bedrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a signal partner</source>
        <translation>een signaalpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an institution type</source>
        <translation>een soort instelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a basic-condition state</source>
        <translation>een status van een basisvoorwaarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a discharge state</source>
        <translation>een uitstroomfase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a case type</source>
        <translation>een zaaktype</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an outcome</source>
        <translation>een eindresultaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signals</source>
        <translation>signalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discharge notices</source>
        <translation>uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact attempts</source>
        <translation>contactpogingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cases</source>
        <translation>zaken</translation>
    </message>
    <message>
        <location filename="../../src/core/rules/CaseValues.cpp" line="+32"/>
        <source>flag</source>
        <translation>signalering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signal</source>
        <translation>signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discharge notice</source>
        <translation>uitstroommelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>handmatig</translation>
    </message>
</context>
<context>
    <name>vangnet::rules::RulesService</name>
    <message>
        <location filename="../../src/core/rules/RulesService.cpp" line="+145"/>
        <source>No rule set is in force on %1.</source>
        <translation>Op %1 geldt geen regelset.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>A new rule set takes effect today or later, not on an earlier day.</source>
        <translation>Een nieuwe regelset gaat vandaag of later in, niet op een eerdere dag.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Say why the flag is dismissed.</source>
        <translation>Geef aan waarom de signalering wordt afgewezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This flag no longer exists.</source>
        <translation>Deze signalering bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This flag was already resolved or dismissed.</source>
        <translation>Deze signalering was al vervallen of afgewezen.</translation>
    </message>
</context>
<context>
    <name>vangnet::rules::Severity</name>
    <message>
        <location filename="../../src/core/rules/Severity.cpp" line="+35"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
</context>
<context>
    <name>vangnet::server::ServerMigration</name>
    <message>
        <location filename="../../src/core/server/ServerMigration.cpp" line="+92"/>
        <source>&apos;%1&apos; fails SQLite&apos;s integrity check (%2): restore it from a backup before moving it. Nothing was changed.</source>
        <translation>&apos;%1&apos; komt niet door de integriteitscontrole van SQLite (%2): zet eerst een back-up terug en verhuis dan. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;%1&apos; still holds %2 protected fields under the municipality&apos;s shared key. Log in once on it with a member of each team (that moves them to the team&apos;s key), then move it. Nothing was changed.</source>
        <translation>&apos;%1&apos; bevat nog %2 beschermde velden onder de gedeelde sleutel van de gemeente. Meld u er eenmaal op aan met een lid van elk team (dat zet ze onder de teamsleutel) en verhuis dan. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: there is no user &apos;%2&apos; in the source</source>
        <translation>regel %1: er is geen gebruiker &apos;%2&apos; in de bron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: &apos;%2&apos; has a line already</source>
        <translation>regel %1: &apos;%2&apos; heeft al een regel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: this is not the current Vangnet password of &apos;%2&apos; (or the account has no key: disabled). Nothing was changed.</source>
        <translation>regel %1: dit is niet het huidige Vangnet-wachtwoord van &apos;%2&apos; (of het account heeft geen sleutel: uitgeschakeld). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passwords file holds no line: at least the administrator&apos;s password is needed (it also verifies the audit chain on the server)</source>
        <translation>het wachtwoordbestand bevat geen regel: minstens het wachtwoord van de beheerder is nodig (daarmee wordt ook de auditketen op de server gecontroleerd)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Row %1 of table %2 could not be written on the server: %3</source>
        <translation>Rij %1 van tabel %2 kon niet op de server worden geschreven: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passwords file &apos;%1&apos; cannot be read: %2</source>
        <translation>Het wachtwoordbestand &apos;%1&apos; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, line %2: expected username:password</source>
        <translation>%1, regel %2: verwacht gebruikersnaam:wachtwoord</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--to must be a postgresql:// URL of the team server</source>
        <translation>--to moet een postgresql://-URL van de teamserver zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source &apos;%1&apos; does not exist or is not a file</source>
        <translation>De bron &apos;%1&apos; bestaat niet of is geen bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source &apos;%1&apos; cannot be opened: %2</source>
        <translation>De bron &apos;%1&apos; kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a Vangnet database of this version (schema %2, this version writes %3): open it once with this version of Vangnet, then move it. Nothing was changed.</source>
        <translation>&apos;%1&apos; is geen Vangnet-database van deze versie (schema %2, deze versie schrijft %3): open hem eenmaal met deze versie van Vangnet en verhuis hem dan. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The target &apos;%1&apos; is not empty: a database moves only into a freshly made, empty database. Nothing was changed.</source>
        <translation>Het doel &apos;%1&apos; is niet leeg: een database verhuist alleen naar een nieuw gemaakte, lege database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Table %1 has %2 rows in the source but %3 on the server; nothing was moved.</source>
        <translation>Tabel %1 heeft %2 rijen in de bron maar %3 op de server; er is niets verhuisd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit chain does not verify on the server (%1); nothing was moved.</source>
        <translation>De auditketen klopt niet op de server (%1); er is niets verhuisd.</translation>
    </message>
</context>
<context>
    <name>vangnet::server::ServerSetup</name>
    <message>
        <location filename="../../src/core/server/ServerSetup.cpp" line="+106"/>
        <source>The database name &apos;%1&apos; cannot carry Vangnet&apos;s role names: use a lower-case letter followed by up to 23 lower-case letters, digits or underscores</source>
        <translation>De databasenaam &apos;%1&apos; kan de rolnamen van Vangnet niet dragen: gebruik een kleine letter gevolgd door hoogstens 23 kleine letters, cijfers of liggende streepjes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be a superuser of the server to set up a team server (it makes the roles and gives the owner role BYPASSRLS). Nothing was changed.</source>
        <translation>&apos;%1&apos; moet een superuser van de server zijn om een teamserver in te richten (die maakt de rollen en geeft de eigenaarsrol BYPASSRLS). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A team server is a PostgreSQL database: give a postgresql:// URL, not a file</source>
        <translation>Een teamserver is een PostgreSQL-database: geef een postgresql://-URL, geen bestand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; already holds a Vangnet database that was not set up as a team server. Set up an empty database and move the data with `vangnet-cli migrate`. Nothing was changed.</source>
        <translation>&apos;%1&apos; bevat al een Vangnet-database die niet als teamserver is ingericht. Richt een lege database in en verhuis de gegevens met `vangnet-cli migrate`. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first administrator needs a user name</source>
        <translation>De eerste beheerder heeft een gebruikersnaam nodig</translation>
    </message>
</context>
<context>
    <name>vangnet::settings::ConnectionProfile</name>
    <message>
        <location filename="../../src/core/settings/ConnectionProfile.cpp" line="+54"/>
        <source>Name: give the connection a name.</source>
        <translation>Naam: geef de verbinding een naam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file: choose the file.</source>
        <translation>Databasebestand: kies het bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database file: %1 is a folder, not a file.</source>
        <translation>Databasebestand: %1 is een map, geen bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: give the server&apos;s name or address.</source>
        <translation>Server: geef de naam of het adres van de server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: &quot;%1&quot; is not a host name or address.</source>
        <translation>Server: &quot;%1&quot; is geen servernaam of adres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port: %1 is not a port number (1–65535).</source>
        <translation>Poort: %1 is geen poortnummer (1–65535).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: give the database&apos;s name on the server.</source>
        <translation>Database: geef de naam van de database op de server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: &quot;%1&quot; is not a database name.</source>
        <translation>Database: &quot;%1&quot; is geen databasenaam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate: the file %1 does not exist.</source>
        <translation>CA-certificaat: het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption: a CA certificate is only used with the encrypted and checked connection (verify-full); tick it or remove the certificate.</source>
        <translation>Versleuteling: een CA-certificaat wordt alleen gebruikt bij de versleutelde en gecontroleerde verbinding (verify-full); vink die aan of verwijder het certificaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: a server with a shared account needs its user name.</source>
        <translation>Gebruiker: een server met een gedeeld account heeft de gebruikersnaam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: &quot;%1&quot; is not a user name.</source>
        <translation>Gebruiker: &quot;%1&quot; is geen gebruikersnaam.</translation>
    </message>
</context>
<context>
    <name>vangnet::settings::ConnectionProfiles</name>
    <message>
        <location filename="../../src/core/settings/ConnectionProfiles.cpp" line="+60"/>
        <source>A saved connection in %1 has no name; it is left out.</source>
        <translation>Een opgeslagen verbinding in %1 heeft geen naam; die wordt overgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved connection &quot;%1&quot; in %2 is left out: %3</source>
        <translation>De opgeslagen verbinding &quot;%1&quot; in %2 wordt overgeslagen: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name: there is already a connection called &quot;%1&quot;.</source>
        <translation>Naam: er is al een verbinding met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no saved connection called &quot;%1&quot; any more.</source>
        <translation>Er is geen opgeslagen verbinding met de naam &quot;%1&quot; meer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved connection called &quot;%1&quot;.</source>
        <translation>Er is geen opgeslagen verbinding met de naam &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>vangnet::settings::OrganisationService</name>
    <message>
        <location filename="../../src/core/settings/OrganisationService.cpp" line="+57"/>
        <source>The logo is %1 KB; at most %2 KB fits on a report&apos;s heading.</source>
        <translation>Het logo is %1 KB; er past hoogstens %2 KB boven een rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is %1 characters long; at most %2 fit on a report.</source>
        <translation>De naam is %1 tekens lang; er passen er hoogstens %2 op een rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long</source>
        <translation>te lang</translation>
    </message>
</context>
<context>
    <name>vangnet::summary::CaseSummaryDocument</name>
    <message>
        <location filename="../../src/core/summary/CaseSummaryCaseSections.cpp" line="+25"/>
        <location line="+21"/>
        <location line="+20"/>
        <location line="+16"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="-57"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="+162"/>
        <location line="+72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started from</source>
        <translation>Gestart vanuit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case was opened for the household.</source>
        <translation>Voor het huishouden is geen zaak geopend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal reason: %1</source>
        <translation>Interne reden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="-72"/>
        <location line="+28"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-55"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="-28"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of day</source>
        <translation>Dagdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No contact attempts were recorded.</source>
        <translation>Er zijn geen contactpogingen vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="-146"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact attempts</source>
        <translation>Contactpogingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal or action</source>
        <translation>Doel of actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no plan of action.</source>
        <translation>Er is geen plan van aanpak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan of action</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="+160"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case has a checklist of basic conditions.</source>
        <translation>Geen zaak heeft een checklist met basisvoorwaarden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the case, from %1</source>
        <translation>op de zaak, vanaf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the notice</source>
        <translation>uit de melding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic conditions</source>
        <translation>Basisvoorwaarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist of a case that started from a discharge notice: identity document, shelter, income, debts and care.</source>
        <translation>De checklist van een zaak die vanuit een uitstroommelding begon: ID-bewijs, onderdak, inkomen, schulden en zorg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no notes.</source>
        <translation>Er zijn geen notities.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case %1</source>
        <translation>zaak %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reminder, case %1</source>
        <translation>herinnering, zaak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/core/summary/CaseSummaryDocument.cpp" line="-147"/>
        <source>arrears %1</source>
        <translation>achterstand %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crisis: threatened eviction or disconnection</source>
        <translation>crisis: dreigende huisuitzetting of afsluiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warm handover</source>
        <translation>warme overdracht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeated signal</source>
        <translation>herhaald signaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an institution</source>
        <translation>een instelling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID document</source>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelter</source>
        <translation>onderdak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>income</source>
        <translation>inkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debts</source>
        <translation>schulden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>care</source>
        <translation>zorg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set aside on %1</source>
        <translation>terzijde gelegd op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved on %1</source>
        <translation>opgelost op %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>About this summary</source>
        <translation>Over deze samenvatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This summary is for a partner organisation, for a warm handover or a multidisciplinary meeting. As the AVG asks, it leaves out what the handover does not need: citizen service numbers, notes and other free text, and special categories of personal data and data about criminal convictions (AVG articles 9 and 10). Do not pass it on; destroy it when the handover is done.</source>
        <translation>Deze samenvatting is voor een ketenpartner, voor een warme overdracht of een multidisciplinair overleg. Zoals de AVG vraagt, laat ze weg wat de overdracht niet nodig heeft: burgerservicenummers, notities en andere vrije tekst, en bijzondere en strafrechtelijke persoonsgegevens (AVG artikel 9 en 10). Geef haar niet door; vernietig haar als de overdracht rond is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This summary holds what the team records about the household, for the team&apos;s own use. Citizen service numbers are masked as on screen. Do not give it to a partner organisation: print the partner profile for that.</source>
        <translation>Deze samenvatting bevat wat het team over het huishouden vastlegt, voor gebruik binnen het team. Burgerservicenummers zijn afgeschermd zoals op het scherm. Geef haar niet aan een ketenpartner: druk daarvoor het profiel voor ketenpartners af.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household number</source>
        <translation>Huishoudnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by</source>
        <translation>Afgedrukt door</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household and members</source>
        <translation>Huishouden en leden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No members are registered.</source>
        <translation>Er zijn geen leden ingeschreven.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Early signal</source>
        <translation>Vroegsignaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discharge notice</source>
        <translation>Uitstroommelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signals or discharge notices were received.</source>
        <translation>Er zijn geen signalen of uitstroommeldingen ontvangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signals and discharge notices</source>
        <translation>Signalen en uitstroommeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early signals by their date and discharge notices by the expected discharge date, newest first.</source>
        <translation>Vroegsignalen op hun datum en uitstroommeldingen op de verwachte uitstroomdatum, nieuwste eerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raised</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Signalering</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>No flags were raised.</source>
        <translation>Er zijn geen signaleringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flags</source>
        <translation>Signaleringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the signal rules pointed out, open flags first, with the explanation the rule gave.</source>
        <translation>Waar de signaalregels op wezen, open signaleringen eerst, met de toelichting van de regel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>Gescoord door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assessments were recorded.</source>
        <translation>Er zijn geen metingen vastgelegd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the household</source>
        <translation>het huishouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-sufficiency (ZRM)</source>
        <translation>Zelfredzaamheid (ZRM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelfredzaamheid-Matrix scores from 1 (acute problems) to 5 (completely self-sufficient), newest assessment first.</source>
        <translation>Scores op de Zelfredzaamheid-Matrix van 1 (acute problematiek) tot 5 (volledig zelfredzaam), nieuwste meting eerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Housing need and placements</source>
        <translation>Woonvraag en plaatsingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No housing need is recorded.</source>
        <translation>Er is geen woonvraag vastgelegd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons moving</source>
        <translation>Verhuizende personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needed</source>
        <translation>Benodigde begeleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing types</source>
        <translation>Woonvormen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair access</source>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pet</source>
        <translation>Huisdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Woonplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household was not in a plan run.</source>
        <translation>Het huishouden zat niet in een planrun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined because: %1</source>
        <translation>Afgewezen omdat: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case summary</source>
        <translation>Casusoverzicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household %1 · %2</source>
        <translation>Huishouden %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed %1 by %2 · %3</source>
        <translation>Afgedrukt %1 door %2 · %3</translation>
    </message>
</context>
<context>
    <name>vangnet::summary::CaseSummaryService</name>
    <message>
        <location filename="../../src/core/summary/CaseSummaryService.cpp" line="+52"/>
        <source>Choose the file to write the summary to.</source>
        <translation>Kies het bestand waarin de samenvatting komt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder to write the summaries to.</source>
        <translation>Kies de map waarin de samenvattingen komen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 may not be written to.</source>
        <translation>In de map %1 mag niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>vangnet::summary::SummaryProfile</name>
    <message>
        <location filename="../../src/core/summary/SummaryProfile.cpp" line="+23"/>
        <source>Partner (minimised)</source>
        <translation>Ketenpartner (beperkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal (complete)</source>
        <translation>Intern (volledig)</translation>
    </message>
</context>
<context>
    <name>vangnet::validation</name>
    <message>
        <location filename="../../src/core/domain/Validation.cpp" line="+28"/>
        <source>BSN %1 must consist of 9 digits</source>
        <translation>BSN %1 moet uit 9 cijfers bestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSN %1 fails the eleven test</source>
        <translation>BSN %1 voldoet niet aan de 11-proef</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postcode is required</source>
        <translation>Postcode is verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode %1 is not a valid Dutch postcode (expected like 1234 AB)</source>
        <translation>Postcode %1 is geen geldige Nederlandse postcode (verwacht zoals 1234 AB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>House number must be a number from 1 to 99999</source>
        <translation>Huisnummer moet een getal van 1 tot en met 99999 zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>House number suffix &quot;%1&quot; may hold at most 6 letters, digits or dashes</source>
        <translation>Toevoeging &quot;%1&quot; mag uit ten hoogste 6 letters, cijfers of streepjes bestaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street is required</source>
        <translation>Straat is verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town is required</source>
        <translation>Plaats is verplicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Surname is required</source>
        <translation>Achternaam is verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter initials or a first name</source>
        <translation>Vul voorletters of een voornaam in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth %1 lies in the future</source>
        <translation>Geboortedatum %1 ligt in de toekomst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of birth %1 lies before 1900</source>
        <translation>Geboortedatum %1 ligt vóór 1900</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone number %1 is not valid (expected like 06 12345678 or +31 20 1234567)</source>
        <translation>Telefoonnummer %1 is ongeldig (verwacht zoals 06 12345678 of +31 20 1234567)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address %1 is not valid</source>
        <translation>E-mailadres %1 is ongeldig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A household needs at least one member</source>
        <translation>Een huishouden heeft ten minste één lid nodig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BSN %1 occurs twice in this household</source>
        <translation>BSN %1 komt twee keer voor in dit huishouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A household has exactly one head of household (now %1)</source>
        <translation>Een huishouden heeft precies één hoofdbewoner (nu %1)</translation>
    </message>
</context>
<context>
    <name>vangnet::zrm</name>
    <message>
        <location filename="../../src/core/zrm/ZrmScale.cpp" line="+17"/>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp; education</source>
        <translation>Werk &amp; opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daytime activities</source>
        <translation>Tijdsbesteding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic relations</source>
        <translation>Huiselijke relaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Middelengebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic ADL</source>
        <translation>Basale ADL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrumental ADL</source>
        <translation>Instrumentele ADL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community participation</source>
        <translation>Maatschappelijke participatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acute problems</source>
        <translation>Acute problematiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not self-sufficient</source>
        <translation>Niet zelfredzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barely self-sufficient</source>
        <translation>Beperkt zelfredzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequately self-sufficient</source>
        <translation>Voldoende zelfredzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completely self-sufficient</source>
        <translation>Volledig zelfredzaam</translation>
    </message>
</context>
</TS>
