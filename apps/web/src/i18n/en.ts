import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { auditMessagesEn } from '../audit/i18n';
import { complianceMessagesEn } from '../campaigns/i18n';
import { adminMessagesEn } from '../officers/i18n';
import { profileMessagesEn } from '../profile/i18n';

/** English, the second language: same keys as vi.ts. */
const base: TranslationMessages = {
  ...englishMessages,
  // react-admin's NotFound page adds its own period after this message.
  ra: {
    ...englishMessages.ra,
    message: { ...englishMessages.ra.message, not_found: 'Either you typed a wrong URL, or you followed a bad link' },
  },
  app: {
    title: 'One-Stop Officer Console',
    short_title: 'One-Stop',
    language: { switch: 'Language: %{language}' },
    list: {
      more_than: 'more than %{total}',
      range: '%{offsetBegin}–%{offsetEnd} of %{total}',
    },
    form_errors: {
      title: 'Not saved. Please correct this field: |||| Not saved. Please correct these %{smart_count} fields:',
    },
    dashboard: {
      welcome: 'Welcome to the officer record standardisation console',
      intro:
        'Complete your personal record accurately before the deadline so it matches VNeID and links the e-receipt account.',
    },
    auth: {
      login: {
        title: 'Sign in',
        first_time: 'First time here?',
        activate_link: 'Activate your account',
      },
      otp: {
        title: 'Two-factor authentication',
        intro: 'Enter the 6-digit code from the authenticator app on your phone, or one of your recovery codes.',
        code: 'Authentication or recovery code',
        submit: 'Confirm',
        back: 'Back to sign-in',
      },
      errors: {
        invalid_credentials: 'Wrong username or password.',
        locked_until: 'The account is locked until %{time} after too many failed sign-ins.',
        locked: 'The account is locked. Please contact your unit administrator.',
        rate_limited:
          'Too many attempts. Please try again in %{smart_count} second (at %{time}). |||| Too many attempts. Please try again in %{smart_count} seconds (at %{time}).',
        disabled: 'The account is disabled. Please contact your unit administrator.',
        not_activated: 'The account is not activated yet.',
        otp_invalid: 'The code is wrong or has already been used.',
        session_expired: 'Your session has expired. Please sign in again.',
        activation_invalid: 'Wrong username or activation code, or the code has expired.',
        wrong_password: 'The current password is wrong.',
        password_change_required: 'You need to change your password before going on.',
        two_factor_setup_required: 'Administrator accounts must set up two-factor authentication before going on.',
      },
      password: {
        current: 'Current password',
        new: 'New password',
        confirm: 'Repeat the new password',
        mismatch: 'The repeated password does not match the new one.',
        not_strong: 'The new password does not meet every requirement below yet.',
        checklist_title: 'The new password must:',
        rule_met: 'Met',
        rule_unmet: 'Not met',
      },
      change_password: {
        title: 'Change password',
        forced: 'For your account’s safety, please change your password before going on.',
        submit: 'Change password',
        done: 'Password changed. Your other sessions have been signed out.',
      },
      activate: {
        title: 'Activate your account',
        intro:
          'Enter your username and the activation code your unit administrator gave you, then choose your password.',
        code: 'Activation code',
        submit: 'Activate and sign in',
        done: 'Your account is activated.',
        back_to_login: 'Back to sign-in',
      },
      two_factor: {
        title: 'Two-factor authentication',
        status_on: 'Two-factor authentication is on for your account.',
        status_off: 'Two-factor authentication is off.',
        required: 'Administrator accounts must turn on two-factor authentication before using the console.',
        intro:
          'Once on, every sign-in also asks for a 6-digit code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator…).',
        start: 'Set up two-factor authentication',
        scan: 'Scan the QR code with your authenticator app, or type the secret key beside it. Then enter the 6-digit code the app shows.',
        qr_label: 'QR code to add the account to an authenticator app',
        secret: 'Secret key',
        code: '6-digit code',
        code_format: 'The code has exactly 6 digits.',
        enable: 'Turn on two-factor authentication',
        recovery_title: 'Recovery codes',
        recovery_intro:
          'Keep these 10 recovery codes somewhere safe. Each one signs you in once when you do not have your phone. They are shown only this once.',
        copy: 'Copy the codes',
        copied: 'Recovery codes copied.',
        copy_failed: 'Could not copy; please write the codes down.',
        saved: 'I have saved the codes',
        disable: 'Turn off two-factor authentication',
        disable_intro:
          'Enter your current password to turn it off. Every session of the account ends and you sign in again.',
        disabled: 'Two-factor authentication is off. Please sign in again.',
      },
      login_history: {
        title: 'Login history',
      },
      login_events: {
        title: 'Sign-in log of the whole console',
      },
      outcomes: {
        success: 'Success',
        wrong_password: 'Wrong password',
        unknown_user: 'Unknown account',
        locked: 'Account locked',
        disabled: 'Account disabled',
        otp_failed: 'Wrong code',
        refresh_reuse: 'Session reused',
        not_activated: 'Not activated',
      },
      menu: {
        change_password: 'Change password',
        two_factor: 'Two-factor authentication',
        login_history: 'Login history',
      },
    },
    errors: {
      network: 'Cannot reach the server. Please check your connection and try again.',
    },
  },
  resources: {
    'me/logins': {
      name: 'Login history |||| Login history',
      fields: {
        createdAt: 'Time',
        outcome: 'Outcome',
        ip: 'IP address',
        userAgent: 'Device, browser',
      },
    },
    'login-events': {
      name: 'Sign-in monitor |||| Sign-in monitor',
      fields: {
        createdAt: 'Time',
        username: 'Username',
        outcome: 'Outcome',
        ip: 'IP address',
        userAgent: 'Device, browser',
      },
    },
  },
};

/** The catalog: react-admin's, the shell's, and each feature's own messages. */
export const en: TranslationMessages = [
  profileMessagesEn,
  adminMessagesEn,
  complianceMessagesEn,
  auditMessagesEn,
].reduce(
  (all: TranslationMessages, feature) => mergeTranslations(all, feature as unknown as TranslationMessages),
  base,
);

export default en;
