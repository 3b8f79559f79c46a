import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiFailures, ApiListQuery } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/decorators';
import { Audit, type AuditContext } from '../audit/audit-context';
import { filterParsers, ListSpec, parseListQuery } from '../common/list-query/list-query';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { CAMPAIGN_STATUSES } from './campaign.entity';
import { CampaignFilter, CampaignsService } from './campaigns.service';
import { CreateCampaignDto, PreviewTargetsDto, UpdateCampaignDto } from './dto/campaign.dto';

const CAMPAIGN_LIST: ListSpec<CampaignFilter> = {
  sortable: ['deadlineAt', 'startsAt', 'name', 'createdAt'],
  defaultSort: { field: 'deadlineAt', order: 'DESC' },
  filters: { status: filterParsers.oneOf(CAMPAIGN_STATUSES) },
};

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
@Roles('admin', 'unit_admin', 'supervisor')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @ApiListQuery(CAMPAIGN_LIST)
  @ApiOperation({ summary: 'Danh sách đợt cập nhật' })
  list(@CurrentUser() user: AuthUser, @Query() query: Record<string, unknown>) {
    return this.campaigns.list(user, parseListQuery(query, CAMPAIGN_LIST));
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiOperation({ summary: 'Số cán bộ mà các đơn vị được chọn sẽ bao gồm (xem trước khi tạo đợt)' })
  preview(@CurrentUser() user: AuthUser, @Body() dto: PreviewTargetsDto) {
    return this.campaigns.previewCount(user, dto.targets);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết đợt cập nhật' })
  findOne(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number) {
    return this.campaigns.findOne(user, id);
  }

  @Post()
  @Roles('admin', 'unit_admin')
  @ApiOperation({ summary: 'Tạo đợt cập nhật (nháp)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCampaignDto, @Audit() audit: AuditContext) {
    return this.campaigns.create(user, dto, audit);
  }

  @Patch(':id')
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 409: ['CAMPAIGN_CLOSED'] })
  @ApiOperation({ summary: 'Sửa đợt cập nhật (kèm version đã đọc)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateCampaignDto,
    @Audit() audit: AuditContext,
  ) {
    return this.campaigns.update(user, id, dto, audit);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 409: ['CAMPAIGN_STATUS'] })
  @ApiOperation({ summary: 'Bắt đầu đợt cập nhật' })
  activate(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.campaigns.transition(user, id, 'activate', audit);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 409: ['CAMPAIGN_STATUS'] })
  @ApiOperation({ summary: 'Kết thúc đợt cập nhật' })
  close(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    return this.campaigns.transition(user, id, 'close', audit);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin', 'unit_admin')
  @ApiFailures({ 409: ['CAMPAIGN_NOT_DRAFT'] })
  @ApiOperation({ summary: 'Xóa đợt cập nhật nháp' })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Audit() audit: AuditContext,
  ): Promise<void> {
    return this.campaigns.remove(user, id, audit);
  }
}
