import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateLocale, validateName, validateTimeZone } from '@attune/domain';
import type { AuthUser } from '../../common/context';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { UserEntity } from './user.entity';

@Injectable()
export class AccountService {
  constructor(private readonly ds: DataSource) {}

  async updateProfile(user: AuthUser, input: UpdateProfileInput): Promise<AuthUser> {
    const patch: Partial<UserEntity> = {};
    if (input.displayName !== undefined && input.displayName !== null) patch.displayName = validateName(input.displayName, 'displayName');
    if (input.locale !== undefined && input.locale !== null) patch.locale = validateLocale(input.locale);
    if (input.timeZone !== undefined && input.timeZone !== null) patch.timeZone = validateTimeZone(input.timeZone);
    if (Object.keys(patch).length > 0) await this.ds.getRepository(UserEntity).update({ id: user.id }, patch);
    return { ...user, ...patch };
  }

  async isOrgAdmin(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM org_admin WHERE user_id = $1 LIMIT 1`, [userId]);
    return rows.length > 0;
  }
}
