#include "importing/DischargeRowParser.h"

#include "importing/FieldReader.h"
#include "importing/ImportFields.h"
#include "importing/PersonFieldParser.h"

namespace vangnet::importing {

bool DischargeRowParser::read(FieldReader &fields, DischargeRow &row)
{
    row.noticeId = fields.text(int(DischargeField::NoticeId));
    row.institutionType
        = fields.institutionType(int(DischargeField::InstitutionType)).value_or(InstitutionType::Overig);
    row.institutionName = fields.sharedText(int(DischargeField::InstitutionName));
    row.expectedDate = fields.date(int(DischargeField::ExpectedDate), true);
    row.channel = fields.channel(int(DischargeField::Channel));
    PersonFieldParser::read(fields, int(DischargeField::Bsn), row.person);
    row.idDocument = fields.condition(int(DischargeField::IdDocument));
    row.shelter = fields.condition(int(DischargeField::Shelter));
    row.income = fields.condition(int(DischargeField::Income));
    row.debts = fields.condition(int(DischargeField::Debts));
    row.care = fields.condition(int(DischargeField::Care));
    return !fields.failed();
}

} // namespace vangnet::importing
