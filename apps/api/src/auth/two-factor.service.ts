import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { EncryptionService } from '../crypto/encryption.service';
import { Officer } from '../accounts/officer.entity';
import { RecoveryCode } from './session-records.entity';
import { sha256 } from './sessions.service';

const ISSUER = 'Một Cửa';
const RECOVERY_CODES = 10;
const TOTP_DIGITS = /^\d{6}$/;

/** TOTP (6 digits, 30 s, ±1 step, no replay within a step) and single-use recovery codes. */
@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly encryption: EncryptionService,
  ) {}

  /** Starts enrolment: a new secret, stored encrypted, not yet enabled. */
  async setup(officerId: number, username: string): Promise<{ otpauthUri: string; secret: string }> {
    const secret = generateSecret();
    await this.dataSource.manager.update(
      Officer,
      { id: officerId },
      { totpSecretEncrypted: this.encryption.encrypt(secret), totpEnabled: false, totpLastStep: null },
    );
    return { otpauthUri: generateURI({ issuer: ISSUER, label: username, secret }), secret };
  }

  async enable(officer: Officer, code: string): Promise<string[]> {
    if (!officer.totpSecretEncrypted)
      throw ApiError.badRequest([
        { field: 'code', code: 'TWO_FACTOR_NOT_SET_UP', message: 'Vui lòng bắt đầu thiết lập xác thực hai lớp trước.' },
      ]);
    if (!(await this.verifyTotp(officer, code))) {
      throw ApiError.badRequest([
        { field: 'code', code: 'OTP_INVALID', message: 'Mã xác thực không đúng hoặc đã được sử dụng.' },
      ]);
    }
    const codes = Array.from({ length: RECOVERY_CODES }, () => formatRecoveryCode(randomBytes(5).toString('hex')));
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(RecoveryCode, { officerId: officer.id });
      await manager.insert(
        RecoveryCode,
        codes.map((c) => ({ officerId: officer.id, codeHash: sha256(normalizeRecoveryCode(c)) })),
      );
      await manager.update(Officer, { id: officer.id }, { totpEnabled: true });
    });
    return codes;
  }

  /** The second factor gone (secret, recovery codes); inside the caller's transaction when given one (an admin's reset). */
  async disable(officerId: number, manager?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      await m.delete(RecoveryCode, { officerId });
      await m.update(Officer, { id: officerId }, { totpEnabled: false, totpSecretEncrypted: null, totpLastStep: null });
    };
    await (manager ? run(manager) : this.dataSource.transaction(run));
  }

  /** A 6-digit TOTP, or one of the recovery codes (each works once). */
  async verifyLoginCode(officer: Officer, code: string): Promise<boolean> {
    if (TOTP_DIGITS.test(code.trim())) return this.verifyTotp(officer, code.trim());
    const used = await this.dataSource.manager.update(
      RecoveryCode,
      { officerId: officer.id, codeHash: sha256(normalizeRecoveryCode(code)), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return Boolean(used.affected);
  }

  private async verifyTotp(officer: Officer, code: string): Promise<boolean> {
    if (!officer.totpSecretEncrypted || !TOTP_DIGITS.test(code)) return false;
    const secret = this.encryption.decrypt(officer.totpSecretEncrypted);
    const result = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      afterTimeStep: officer.totpLastStep ?? undefined,
    });
    if (!result.valid || !('timeStep' in result)) return false;
    const step = result.timeStep as number;
    // Claim the step atomically: the same code presented twice (or by two instances) succeeds once.
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(Officer)
      .set({ totpLastStep: step })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: officer.id, step })
      .updateEntity(false)
      .execute();
    return Boolean(claimed.affected);
  }
}

const normalizeRecoveryCode = (code: string) => code.replace(/[^0-9a-f]/gi, '').toLowerCase();
const formatRecoveryCode = (hex: string) => `${hex.slice(0, 5)}-${hex.slice(5)}`;
