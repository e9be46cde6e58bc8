#include "exports/ListTable.h"

#include <QFileInfo>

namespace vangnet::exports {

QString listKindKey(ListKind kind)
{
    switch (kind) {
    case ListKind::Queue:
        return QStringLiteral("queue");
    case ListKind::Signals:
        return QStringLiteral("signals");
    case ListKind::Households:
        return QStringLiteral("households");
    case ListKind::Feedback:
        return QStringLiteral("feedback");
    }
    return {};
}

std::optional<ListKind> listKindFromKey(const QString &key)
{
    for (const ListKind kind : {ListKind::Queue, ListKind::Signals, ListKind::Households}) {
        if (key == listKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString listFormatKey(ListFormat format)
{
    return format == ListFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<ListFormat> listFormatFromKey(const QString &key)
{
    for (const ListFormat format : {ListFormat::Csv, ListFormat::Xlsx}) {
        if (key == listFormatKey(format))
            return format;
    }
    return std::nullopt;
}

std::optional<ListFormat> listFormatForFile(const QString &fileName)
{
    return listFormatFromKey(QFileInfo(fileName).suffix().toLower());
}

QString neutralisedCell(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace vangnet::exports
