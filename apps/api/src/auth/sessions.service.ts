import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { insertRows } from '../database/insert-rows';
import { authConfig } from '../config/auth.config';
import { Officer } from '../accounts/officer.entity';
import type { AccessTokenPayload } from './jwt.strategy';
import { RefreshToken } from './session-records.entity';

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type RotationResult =
  | { kind: 'rotated'; officerId: number; session: IssuedSession }
  | { kind: 'reused'; officerId: number }
  | { kind: 'invalid' };

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Access tokens (short JWTs) and rotating refresh tokens grouped in families for stolen-token detection. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async issue(
    officer: Pick<Officer, 'id' | 'sessionEpoch'>,
    manager: EntityManager = this.dataSource.manager,
    familyId: string = randomUUID(),
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenDays * 86_400_000);
    await insertRows(
      manager,
      'refresh_tokens',
      ['officer_id', 'family_id', 'token_hash', 'expires_at'],
      [[officer.id, familyId, sha256(refreshToken), refreshExpiresAt]],
    );
    const payload: AccessTokenPayload = { sub: officer.id, se: officer.sessionEpoch, sid: familyId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenSeconds });
    return { accessToken, expiresIn: this.config.accessTokenSeconds, refreshToken, refreshExpiresAt };
  }

  /**
   * Exchanges a refresh token for a new one in the same family. Presenting a token that was already rotated
   * means two parties hold it: the whole family is revoked.
   */
  rotate(refreshToken: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken) });
      if (!token || token.revokedAt || token.expiresAt.getTime() < Date.now()) return { kind: 'invalid' } as const;
      const now = new Date();
      const claimed = await manager.update(RefreshToken, { id: token.id, rotatedAt: IsNull() }, { rotatedAt: now });
      if (!claimed.affected) {
        await manager.update(RefreshToken, { familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return { kind: 'reused', officerId: token.officerId } as const;
      }
      const officer = await manager.findOneBy(Officer, { id: token.officerId, status: 'active' });
      if (!officer) return { kind: 'invalid' } as const;
      return {
        kind: 'rotated',
        officerId: officer.id,
        session: await this.issue(officer, manager, token.familyId),
      } as const;
    });
  }

  /** Ends one session: its refresh tokens, and with them its access tokens (they name the family). */
  async revokeFamilyOf(refreshToken: string): Promise<void> {
    const token = await this.dataSource.manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken) });
    if (token) await this.revokeFamily(token.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of an account: refresh tokens revoked, outstanding access tokens invalid at once. */
  async revokeAll(officerId: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshToken, { officerId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await manager.increment(Officer, { id: officerId }, 'sessionEpoch', 1);
  }
}
