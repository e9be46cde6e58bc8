#include "storage/LoginSchema.h"

namespace vangnet::schema {

/// form says how the data key is wrapped: 'secretbox' (the first form, bound to no one) or
/// 'xchacha20poly1305-user' (associated data names bound_user_id). Existing slots keep the
/// first form until their user's next login seals them again. A disabled account keeps no
/// slot: its password no longer opens the data key, even in a copy of the file.
/// users.password_check (KeySlot::passwordCheck) outlives the slot, so only the right password
/// learns that an account is disabled; it is written with every new slot.
Migration boundKeySlots()
{
    return {24, QStringLiteral("key slots bound to their user"), {
        QStringLiteral("ALTER TABLE key_slots ADD COLUMN form TEXT NOT NULL DEFAULT 'secretbox' "
                       "CHECK (form IN ('secretbox', 'xchacha20poly1305-user'))"),
        QStringLiteral("ALTER TABLE key_slots ADD COLUMN bound_user_id {bigint} NULL"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_check TEXT NULL"),
        QStringLiteral("DELETE FROM key_slots WHERE user_id IN (SELECT id FROM users WHERE active = 0)"),
    }};
}

} // namespace vangnet::schema
