import { Controller, Get, Query } from '@nestjs/common';
import { ApiListQuery } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { LoginEventFilter, LoginEventsService } from './login-events.service';
import { LOGIN_OUTCOMES } from './session-records.entity';

const LOGIN_EVENT_LIST: ListSpec<LoginEventFilter> = {
  sortable: ['createdAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: {
    officerId: filterParsers.id,
    username: filterParsers.text,
    outcome: filterParsers.oneOf(LOGIN_OUTCOMES),
    from: filterParsers.isoDate,
    to: filterParsers.isoDate,
  },
};

const OWN_LOGIN_LIST: ListSpec<LoginEventFilter> = {
  ...LOGIN_EVENT_LIST,
  filters: { outcome: LOGIN_EVENT_LIST.filters.outcome } as ListSpec<LoginEventFilter>['filters'],
};

@ApiTags('auth')
@ApiBearerAuth()
@Controller()
export class LoginEventsController {
  constructor(private readonly events: LoginEventsService) {}

  @Get('me/logins')
  @ApiListQuery(OWN_LOGIN_LIST)
  @ApiOperation({ summary: 'Nhật ký đăng nhập của tôi' })
  async own(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    const parsed = parseListQuery(query, OWN_LOGIN_LIST);
    const page = await this.events.list({ ...parsed, filters: { ...parsed.filters, officerId: user.id } });
    return {
      total: page.total,
      data: page.data.map(({ id, createdAt, ip, userAgent, outcome }) => ({ id, createdAt, ip, userAgent, outcome })),
    };
  }

  @Get('login-events')
  @Roles('admin')
  @ApiListQuery(LOGIN_EVENT_LIST)
  @ApiOperation({ summary: 'Nhật ký đăng nhập toàn hệ thống (quản trị viên)' })
  all(@Query() query: Record<string, unknown>) {
    return this.events.list(parseListQuery(query, LOGIN_EVENT_LIST));
  }
}
