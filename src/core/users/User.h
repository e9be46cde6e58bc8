#pragma once

#include "security/Role.h"

#include <QDateTime>
#include <QString>

namespace vangnet {

/// Team: a group of caseworkers with their team lead; households belong to one team.
struct Team {
    qint64 id = 0;
    QString name;
};

/// A person who logs in to Vangnet (gebruiker).
struct User {
    qint64 id = 0;
    int version = 0;
    QString username;    ///< login name, lower case, unique
    QString displayName; ///< "Sanne de Wit"
    Role role = Role::Consulent;
    qint64 teamId = 0;   ///< 0 = no team (administrators)
    bool active = true;  ///< a disabled account cannot log in
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< UTC; invalid when not locked out
};

} // namespace vangnet
