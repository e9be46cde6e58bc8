#include "audit/AuditCheckpoint.h"

#include "security/SecretKey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace vangnet {

namespace {

const QString tag = QStringLiteral("vangnet-audit-checkpoint");
const QString version = QStringLiteral("1");
constexpr int fieldCount = 7;

QString tr(const char *source)
{
    return QCoreApplication::translate("vangnet::AuditCheckpoint", source);
}

QString macOver(const SecretKey &dataKey, const AuditCheckpoint &c)
{
    ensureSodium();
    SecretKey key;
    crypto_kdf_derive_from_key(key.data(), SecretKey::size, 2, "vangckpt", dataKey.data());
    const QByteArray message = QStringList{version, c.databaseId, QString::number(c.seq), c.hash,
                                           c.at.toUTC().toString(Qt::ISODate)}
                                   .join(QLatin1Char('|'))
                                   .toUtf8();
    std::array<unsigned char, 32> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), key.data(), SecretKey::size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), out.size()).toBase64());
}

Error badLine(const QString &fileName, int line, const QString &why)
{
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::AuditCheckpoint",
                                                                 "%1, line %2: not an audit checkpoint: %3")
                                         .arg(fileName)
                                         .arg(line)
                                         .arg(why)};
}

} // namespace

void AuditCheckpoint::seal(const SecretKey &dataKey)
{
    mac = macOver(dataKey, *this);
}

bool AuditCheckpoint::sealedBy(const SecretKey &dataKey) const
{
    const QByteArray expected = macOver(dataKey, *this).toLatin1();
    const QByteArray given = mac.toLatin1();
    return expected.size() == given.size() && sodium_memcmp(expected.constData(), given.constData(), static_cast<std::size_t>(expected.size())) == 0;
}

QString AuditCheckpoint::toLine() const
{
    return QStringList{tag, version, databaseId, QString::number(seq), hash, at.toUTC().toString(Qt::ISODate), mac}
        .join(QLatin1Char(' '));
}

Result<QList<AuditCheckpoint>> AuditCheckpoint::parseAll(const QString &text, const QString &fileName)
{
    QList<AuditCheckpoint> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int number = i + 1;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != fieldCount || parts.at(0) != tag)
            return badLine(fileName, number, tr("expected \"%1 %2 <database> <seq> <hash> <time> <mac>\"")
                                                 .arg(tag, version));
        if (parts.at(1) != version)
            return badLine(fileName, number, tr("version %1 is not known").arg(parts.at(1)));
        AuditCheckpoint c;
        c.line = number;
        c.databaseId = parts.at(2);
        bool ok = false;
        c.seq = parts.at(3).toLongLong(&ok);
        if (!ok || c.seq < 1)
            return badLine(fileName, number, tr("the sequence number \"%1\" is not a positive number").arg(parts.at(3)));
        c.hash = parts.at(4);
        c.at = QDateTime::fromString(parts.at(5), Qt::ISODate);
        if (!c.at.isValid())
            return badLine(fileName, number, tr("the time \"%1\" is not an ISO date and time").arg(parts.at(5)));
        c.at = c.at.toUTC();
        c.mac = parts.at(6);
        out << c;
    }
    if (out.isEmpty())
        return Error{ErrorCode::Invalid, tr("%1 holds no audit checkpoint.").arg(fileName)};
    return out;
}

} // namespace vangnet
