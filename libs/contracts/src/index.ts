// Public API of @motcua/contracts: what crosses the wire between the API and the SPA. The API's DTOs implement the
// request types and its services return the response types, the SPA reads the same ones, so a change breaks the
// compiler on both sides. Framework-free, and no module has top-level side effects.
export type { Instant, ListPage } from './wire';
export type { Locale } from '@motcua/domain';
export { LOCALES, DEFAULT_LOCALE, GENDERS, GENDER_LABELS, type Gender } from '@motcua/domain';

export * from './access';
export * from './time';

export {
  ACCOUNT_STATUSES,
  ACCOUNT_STATUS_LABELS,
  ACCOUNT_ACTIONS,
  ACCOUNT_TRANSITIONS,
  actionsFromStatus,
  isAccountStatus,
  type AccountStatus,
  type AccountAction,
  type AccountTransition,
} from './accounts/account-status';
export {
  BULK_ACTIONS,
  type BulkAction,
  type BulkOfficersRequest,
  type BulkResult,
  type CreateOfficerRequest,
  type IssuedActivation,
  type Officer,
  type ResetOfficerRequest,
  type RowCompleteness,
  type UpdateOfficerRequest,
} from './officers/officer';
export {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  UNIT_CODE_PATTERN,
  UNIT_CODE_MAX_LENGTH,
  validateUnitCode,
  type CreateUnitRequest,
  type Unit,
  type UnitKind,
  type UpdateUnitRequest,
} from './units/unit';
export {
  CAMPAIGN_ITEMS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  type Campaign,
  type CampaignItem,
  type CampaignStatus,
  type CampaignTarget,
  type CreateCampaignRequest,
  type PreviewTargetsRequest,
  type PreviewTargetsResponse,
  type UpdateCampaignRequest,
} from './campaigns/campaign';
export {
  COMPLIANCE_STATUSES,
  COMPLIANCE_STATUS_LABELS,
  complianceStatus,
  isCompleted,
  mostPressing,
  type ComplianceFilter,
  type ComplianceOfficer,
  type ComplianceStatus,
  type ComplianceSummary,
  type ReminderResult,
  type SendRemindersRequest,
  type StatusCounts,
} from './compliance/compliance';
export {
  formatRuleError,
  USERNAME_PATTERN,
  USERNAME_FORMAT_ERROR,
  USERNAME_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  validateUsername,
} from '@motcua/domain';
export {
  AUDIT_ACTIONS,
  AUDIT_ACTION_LABELS,
  AUDIT_SECRET_CHANGED,
  auditActionLabel,
  auditFieldLabel,
  auditValueText,
  type AuditAction,
} from './audit/audit-labels';
export type { ActorRef, Completeness, Profile, UpdateProfileRequest } from './profile/profile';
