import { ROLE_LABELS } from '@motcua/domain';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@motcua/seed';
import { logDestination } from '../logging/logging.module';
import type { InitialAdmin } from '../seed/initial-admin';

export interface BannerInput {
  url: string;
  seedDemo: boolean;
  initialAdmin: InitialAdmin | null;
}

const RULE = '  ' + '─'.repeat(72);

/** What a person starting the console needs: where it runs, the demo accounts, a pending admin's activation code. */
export function startupBanner({ url, seedDemo, initialAdmin }: BannerInput): string {
  const lines = [
    '',
    RULE,
    `  Một Cửa Officer Console đang chạy tại ${url}`,
    `  API: ${url}/api   ·   Tài liệu API: ${url}/api/docs`,
  ];
  if (seedDemo) {
    lines.push('', `  Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS.filter((candidate) => candidate.password === DEMO_PASSWORD)) {
      const roles = account.roles
        .filter((role) => role !== 'officer' || account.roles.length === 1)
        .map((role) => ROLE_LABELS.vi[role]);
      lines.push(`    ${account.username.padEnd(12)} ${roles.join(', ')}`);
    }
  }
  if (initialAdmin?.activationCode) {
    lines.push(
      '',
      `  Tài khoản quản trị "${initialAdmin.username}" chờ kích hoạt. Mã kích hoạt (chỉ hiển thị một lần, hết hạn sau 7 ngày): ${initialAdmin.activationCode}`,
      `  Kích hoạt tại ${url}/activate`,
    );
  }
  lines.push(RULE, '');
  return lines.join('\n') + '\n';
}

/**
 * Writes the banner after the startup log lines. Pino writes them asynchronously, so a plain stdout write right
 * after listen() landed above some hundred of them: the banner joins the end of the same stream instead.
 */
export function printAfterLogs(text: string): void {
  logDestination().write(text);
}
