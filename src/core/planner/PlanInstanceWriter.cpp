#include "planner/PlanInstanceWriter.h"

#include "support/PrivateFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace vangnet::planner {

namespace {

/// A JSON string literal, escaped by Qt's own writer.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void writePairs(QByteArray &out, const char *key, const std::vector<PlanPair> &pairs)
{
    out += ",\n\"";
    out += key;
    out += "\": [";
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            out += i % 16 == 0 ? ",\n  " : ", ";
        out += '[';
        out += QByteArray::number(pairs[i].candidate);
        out += ", ";
        out += QByteArray::number(pairs[i].place);
        out += ']';
    }
    out += ']';
}

} // namespace

QByteArray PlanInstanceWriter::write(const PlanInstance &instance, const QJsonObject &meta)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(64 + instance.candidates.size() * 56 + instance.places.size() * 40
        + (instance.pairs.size() + instance.pins.size() + instance.exclusions.size()) * 14));
    out += "{\"tiers\": [\"kritiek\", \"hoog\", \"midden\", \"laag\"],\n";
    if (!meta.isEmpty()) {
        out += "\"meta\": ";
        out += QJsonDocument(meta).toJson(QJsonDocument::Compact);
        out += ",\n";
    }
    out += "\"candidates\": [";
    for (std::size_t i = 0; i < instance.candidates.size(); ++i) {
        const PlanCandidate &c = instance.candidates[i];
        out += i > 0 ? ",\n  " : "\n  ";
        out += "{\"id\": " + QByteArray::number(c.id) + ", \"tier\": \"" + tierKey(c.tier).toLatin1()
            + "\", \"priority\": " + QByteArray::number(c.priority) + '}';
    }
    out += "],\n\"places\": [";
    for (std::size_t i = 0; i < instance.places.size(); ++i) {
        const PlanPlace &p = instance.places[i];
        out += i > 0 ? ",\n  " : "\n  ";
        out += "{\"id\": " + quoted(p.id) + ", \"capacity\": " + QByteArray::number(p.capacity) + '}';
    }
    out += ']';
    writePairs(out, "pairs", instance.pairs);
    if (!instance.pins.empty())
        writePairs(out, "pins", instance.pins);
    if (!instance.exclusions.empty())
        writePairs(out, "exclusions", instance.exclusions);
    out += "}\n";
    return out;
}

Result<void> PlanInstanceWriter::writeFile(const PlanInstance &instance, const QString &path, const QJsonObject &meta)
{
    QSaveFile file(path);
    if (!privatefiles::openOwnerOnly(file) || file.write(write(instance, meta)) < 0 || !file.commit())
        return Error(ErrorCode::Io,
            QCoreApplication::translate("vangnet::planner", "cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace vangnet::planner
