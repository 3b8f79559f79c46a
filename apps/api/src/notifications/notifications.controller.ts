import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiFailures, ApiListQuery } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { Audit, type AuditContext } from '../audit/audit-context';
import { ApiError } from '../common/errors/api-error';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { SendReminderDto } from './dto/reminder.dto';
import { MailSenderService } from './mail-sender.service';
import { Notification, OUTBOX_STATUSES, OutboxEmail } from './notification.entity';
import { RemindersService } from './reminders.service';

const NOTIFICATION_LIST: ListSpec<'unread'> = {
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: { unread: filterParsers.boolean },
};
const OUTBOX_LIST: ListSpec<'status'> = {
  sortable: ['createdAt', 'nextAttemptAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: { status: filterParsers.oneOf(OUTBOX_STATUSES) },
};

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reminders: RemindersService,
    private readonly mail: MailSenderService,
  ) {}

  @Post('reminders')
  @HttpCode(200)
  @Roles('admin', 'unit_admin', 'supervisor')
  @ApiFailures({ 404: ['NOT_FOUND'], 409: ['CAMPAIGN_NOT_ACTIVE'] })
  @ApiOperation({ summary: 'Nhắc nhở cán bộ chưa hoàn thành (tối đa một lần mỗi ngày cho mỗi cán bộ trong mỗi đợt)' })
  remind(@CurrentUser() user: AuthUser, @Body() dto: SendReminderDto, @Audit() audit: AuditContext) {
    return this.reminders.sendManual(user, dto, audit);
  }

  @Get('me/notifications')
  @ApiListQuery(NOTIFICATION_LIST)
  @ApiOperation({ summary: 'Thông báo của tôi' })
  async mine(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    const parsed = parseListQuery(query, NOTIFICATION_LIST);
    const where = { officerId: user.id, ...(parsed.filters.unread === true ? { readAt: IsNull() } : {}) };
    const [data, total] = await this.dataSource.manager.findAndCount(Notification, {
      where,
      order: { createdAt: parsed.order, id: parsed.order },
      skip: parsed.offset,
      take: parsed.perPage,
    });
    return { data, total };
  }

  @Get('me/notifications/unread-count')
  @ApiOperation({ summary: 'Số thông báo chưa đọc (chuông thông báo)' })
  async unread(@CurrentUser() user: AuthUser) {
    return { count: await this.dataSource.manager.countBy(Notification, { officerId: user.id, readAt: IsNull() }) };
  }

  @Post('me/notifications/:id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu đã đọc' })
  async read(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    const result = await this.dataSource.manager.update(
      Notification,
      { id, officerId: user.id },
      { readAt: new Date() },
    );
    if (!result.affected) throw ApiError.notFound('Không tìm thấy thông báo.');
  }

  @Post('me/notifications/read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu tất cả đã đọc' })
  async readAll(@CurrentUser() user: AuthUser): Promise<void> {
    await this.dataSource.manager.update(
      Notification,
      { officerId: user.id, readAt: IsNull() },
      { readAt: new Date() },
    );
  }

  @Get('outbox')
  @Roles('admin')
  @ApiListQuery(OUTBOX_LIST)
  @ApiOperation({ summary: 'Hộp thư đi (quản trị viên): thư chờ gửi, đã gửi, lỗi' })
  async outbox(@Query() query: Record<string, unknown>) {
    const parsed = parseListQuery(query, OUTBOX_LIST);
    const where = parsed.filters.status ? { status: parsed.filters.status as OutboxEmail['status'] } : {};
    const [data, total] = await this.dataSource.manager.findAndCount(OutboxEmail, {
      where,
      order: { [parsed.sort]: parsed.order, id: parsed.order },
      skip: parsed.offset,
      take: parsed.perPage,
    });
    return { data, total, smtpConfigured: this.mail.configured };
  }

  @Post('outbox/:id/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiFailures({ 409: ['OUTBOX_NOT_FAILED'] })
  @ApiOperation({ summary: 'Gửi lại thư lỗi' })
  async retry(@Param('id', ParseIdPipe) id: number) {
    const result = await this.dataSource.manager.update(
      OutboxEmail,
      { id, status: 'failed' },
      { status: 'pending', nextAttemptAt: new Date() },
    );
    if (!result.affected) throw new ApiError(409, 'OUTBOX_NOT_FAILED', 'Chỉ gửi lại được thư đã gửi lỗi.');
    return this.dataSource.manager.findOneByOrFail(OutboxEmail, { id });
  }
}
