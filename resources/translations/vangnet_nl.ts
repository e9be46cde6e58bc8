<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>vangnet::AddressRepository</name>
    <message>
        <source>Address %1 does not exist</source>
        <translation>Adres %1 bestaat niet</translation>
    </message>
</context>
<context>
    <name>vangnet::Database</name>
    <message>
        <source>Database file '%1' does not exist</source>
        <translation>Databasebestand '%1' bestaat niet</translation>
    </message>
    <message>
        <source>Cannot open database '%1': %2</source>
        <translation>Kan database '%1' niet openen: %2</translation>
    </message>
    <message>
        <source>'%1' is a folder, not a database file</source>
        <translation>'%1' is een map, geen databasebestand</translation>
    </message>
    <message>
        <source>'%1' cannot be read: %2</source>
        <translation>'%1' kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>'%1' is not a Vangnet database: it is not an SQLite database file. Nothing was changed.</source>
        <translation>'%1' is geen Vangnet-database: het is geen SQLite-databasebestand. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>'%1' is not a Vangnet database: it holds other tables. Nothing was changed.</source>
        <translation>'%1' is geen Vangnet-database: er staan andere tabellen in. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>'%1' was written by a newer version of Vangnet (schema version %2; this version knows up to %3). Update Vangnet to open it. Nothing was changed.</source>
        <translation>'%1' is geschreven door een nieuwere versie van Vangnet (schemaversie %2; deze versie kent tot en met %3). Werk Vangnet bij om de database te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>'%1' cannot be opened: %2</source>
        <translation>'%1' kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefout: %1</translation>
    </message>
</context>
<context>
    <name>vangnet::DatabaseLocation</name>
    <message>
        <source>No database given</source>
        <translation>Geen database opgegeven</translation>
    </message>
    <message>
        <source>Database URL is not valid; expected postgresql://user@host:port/database</source>
        <translation>De database-URL is ongeldig; verwacht wordt postgresql://gebruiker@server:poort/database</translation>
    </message>
</context>
<context>
    <name>vangnet::DemoGenerator</name>
    <message>
        <source>The number of households must be between 1 and %1.</source>
        <translation>Het aantal huishoudens moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <source>Must be between 1 and %1</source>
        <translation>Moet tussen 1 en %1 liggen</translation>
    </message>
    <message>
        <source>The demo needs a valid reference date.</source>
        <translation>De demo heeft een geldige peildatum nodig.</translation>
    </message>
    <message>
        <source>'%1' already holds %2 households; demo data only goes into an empty database.</source>
        <translation>'%1' bevat al %2 huishoudens; demogegevens gaan alleen in een lege database.</translation>
    </message>
    <message>
        <source>The demo municipality has no room for %1 households.</source>
        <translation>De demogemeente heeft geen plaats voor %1 huishoudens.</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdRepository</name>
    <message>
        <source>Household %1 does not exist (any more)</source>
        <translation>Huishouden %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <source>This household was removed by someone else since you opened it.</source>
        <translation>Dit huishouden is door iemand anders verwijderd nadat u het opende.</translation>
    </message>
    <message>
        <source>This household was changed by someone else since you opened it. Your changes were not saved; reopen it to see the current data.</source>
        <translation>Dit huishouden is door iemand anders gewijzigd nadat u het opende. Uw wijzigingen zijn niet opgeslagen; open het opnieuw om de actuele gegevens te zien.</translation>
    </message>
</context>
<context>
    <name>vangnet::HouseholdService</name>
    <message>
        <source>BSN %1 is already registered for a person in another household</source>
        <translation>BSN %1 is al geregistreerd bij een persoon in een ander huishouden</translation>
    </message>
    <message>
        <source>A member of this household was removed by someone else since you opened it. Your changes were not saved.</source>
        <translation>Een lid van dit huishouden is door iemand anders verwijderd nadat u het opende. Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>A note cannot be empty</source>
        <translation>Een notitie mag niet leeg zijn</translation>
    </message>
</context>
<context>
    <name>vangnet::Migrator</name>
    <message>
        <source>Updating the database to schema version %1 (%2) failed; nothing of that step was kept: %3</source>
        <translation>Bijwerken van de database naar schemaversie %1 (%2) is mislukt; van die stap is niets bewaard: %3</translation>
    </message>
</context>
<context>
    <name>vangnet::Person</name>
    <message>
        <source>Head of household</source>
        <translation>Hoofdbewoner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>vangnet::PersonRepository</name>
    <message>
        <source>%1 was changed or removed by someone else since you opened it. Reopen the household to see the current data.</source>
        <translation>%1 is door iemand anders gewijzigd of verwijderd nadat u het huishouden opende. Open het huishouden opnieuw om de actuele gegevens te zien.</translation>
    </message>
</context>
<context>
    <name>vangnet::validation</name>
    <message>
        <source>BSN %1 must consist of 9 digits</source>
        <translation>BSN %1 moet uit 9 cijfers bestaan</translation>
    </message>
    <message>
        <source>BSN %1 fails the eleven test</source>
        <translation>BSN %1 voldoet niet aan de 11-proef</translation>
    </message>
    <message>
        <source>Postcode is required</source>
        <translation>Postcode is verplicht</translation>
    </message>
    <message>
        <source>Postcode %1 is not a valid Dutch postcode (expected like 1234 AB)</source>
        <translation>Postcode %1 is geen geldige Nederlandse postcode (verwacht zoals 1234 AB)</translation>
    </message>
    <message>
        <source>House number must be a number from 1 to 99999</source>
        <translation>Huisnummer moet een getal van 1 tot en met 99999 zijn</translation>
    </message>
    <message>
        <source>House number suffix "%1" may hold at most 6 letters, digits or dashes</source>
        <translation>Toevoeging "%1" mag uit ten hoogste 6 letters, cijfers of streepjes bestaan</translation>
    </message>
    <message>
        <source>Street is required</source>
        <translation>Straat is verplicht</translation>
    </message>
    <message>
        <source>Town is required</source>
        <translation>Plaats is verplicht</translation>
    </message>
    <message>
        <source>Surname is required</source>
        <translation>Achternaam is verplicht</translation>
    </message>
    <message>
        <source>Enter initials or a first name</source>
        <translation>Vul voorletters of een voornaam in</translation>
    </message>
    <message>
        <source>Date of birth %1 lies in the future</source>
        <translation>Geboortedatum %1 ligt in de toekomst</translation>
    </message>
    <message>
        <source>Date of birth %1 lies before 1900</source>
        <translation>Geboortedatum %1 ligt vóór 1900</translation>
    </message>
    <message>
        <source>Phone number %1 is not valid (expected like 06 12345678 or +31 20 1234567)</source>
        <translation>Telefoonnummer %1 is ongeldig (verwacht zoals 06 12345678 of +31 20 1234567)</translation>
    </message>
    <message>
        <source>E-mail address %1 is not valid</source>
        <translation>E-mailadres %1 is ongeldig</translation>
    </message>
    <message>
        <source>A household needs at least one member</source>
        <translation>Een huishouden heeft ten minste één lid nodig</translation>
    </message>
    <message>
        <source>BSN %1 occurs twice in this household</source>
        <translation>BSN %1 komt twee keer voor in dit huishouden</translation>
    </message>
    <message>
        <source>A household has exactly one head of household (now %1)</source>
        <translation>Een huishouden heeft precies één hoofdbewoner (nu %1)</translation>
    </message>
</context>
</TS>