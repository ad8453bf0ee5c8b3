import { AuditEntry } from '../audit/audit-entry.entity';
import { ApiKey } from '../auth/api-key.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Unit } from '../organization/unit.entity';
import { UnitType } from '../organization/unit-type.entity';
import { User } from '../organization/user.entity';
import { AppSetting } from './app-setting.entity';

/** Every entity, listed as classes (the API is bundled: globs would find nothing). */
export const ENTITIES = [AppSetting, UnitType, Unit, User, RefreshToken, LoginAttempt, ApiKey, AuditEntry];
