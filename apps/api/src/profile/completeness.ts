import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { assessProfile, type ProfileField, type ProfileSnapshot, type RuleError } from '@motcua/domain';
import { daysLeft } from '../common/vietnam-time';
import type { Officer } from '../officers/officer.entity';
import { profileConfig } from './profile.config';

export interface Completeness {
  campaignId: number | null;
  name: string;
  deadline: string;
  daysLeft: number;
  status: 'complete' | 'incomplete' | 'overdue';
  missing: ProfileField[];
  invalid: { field: ProfileField; errors: RuleError[] }[];
}

export const snapshotOf = (officer: Officer, receiptPasswordSet: boolean): ProfileSnapshot => ({
  fullName: officer.fullName,
  gender: officer.gender,
  address: officer.address,
  birthDate: officer.birthDate,
  email: officer.email,
  hasAvatar: Boolean(officer.avatarKey),
  citizenId: officer.citizenId,
  phone: officer.phone,
  receiptAccount: officer.receiptAccount,
  receiptPasswordSet,
  defaultPage: officer.defaultPage,
});

/** What is missing and how long is left, per rule set targeting the officer (the configured default until campaigns). */
@Injectable()
export class CompletenessService {
  constructor(@Inject(profileConfig.KEY) private readonly config: ConfigType<typeof profileConfig>) {}

  get requiredFields(): readonly ProfileField[] {
    return this.config.requiredFields;
  }

  assess(snapshot: ProfileSnapshot, now = new Date()): Completeness[] {
    const { status, missing, invalid } = assessProfile(snapshot, this.config.requiredFields);
    const left = daysLeft(this.config.deadline, now);
    const overdue = status !== 'complete' && this.config.deadline.getTime() < now.getTime();
    return [
      {
        campaignId: null,
        name: this.config.campaignName,
        deadline: this.config.deadline.toISOString(),
        daysLeft: left,
        status: status === 'complete' ? 'complete' : overdue ? 'overdue' : 'incomplete',
        missing,
        invalid,
      },
    ];
  }
}
