#include "importing/SignalRowParser.h"

#include "importing/FieldReader.h"
#include "importing/ImportFields.h"
#include "importing/PersonFieldParser.h"

namespace vangnet::importing {

bool SignalRowParser::read(FieldReader &fields, SignalRow &row)
{
    row.signalId = fields.text(int(SignalField::SignalId));
    row.partnerType = fields.partnerType(int(SignalField::Partner)).value_or(PartnerType::Overige);
    row.partnerName = fields.sharedText(int(SignalField::PartnerName));
    row.signalDate = fields.date(int(SignalField::SignalDate), true);
    row.arisenDate = fields.date(int(SignalField::ArisenDate), false);
    row.amountCents = fields.amountCents(int(SignalField::Amount));
    row.crisis = fields.flag(int(SignalField::Crisis));
    row.warmHandover = fields.flag(int(SignalField::WarmHandover));
    PersonFieldParser::read(fields, int(SignalField::Bsn), row.person);
    return !fields.failed();
}

} // namespace vangnet::importing
