#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet {

/// One step of the schema: applied in one transaction, in version order, never edited once
/// released (a change is a new step). DDL uses Dialect placeholders ({id}, {bigint}).
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace vangnet
