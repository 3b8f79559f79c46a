import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiFailures, ApiFileResponse } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Public, Roles } from '../common/access/decorators';
import { Audit, type AuditContext } from '../audit/audit-context';
import { SingleFileUpload } from '../common/upload/single-file-upload';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { UnitScope } from '../units/unit-scope.service';
import { AVATAR_MAX_BYTES } from './avatar-image';
import { AvatarService } from './avatar.service';
import { SendBackDto } from './dto/send-back.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileService } from './profile.service';

const avatarUpload = SingleFileUpload({
  maxBytes: AVATAR_MAX_BYTES,
  tooLargeMessage: 'Ảnh đại diện tối đa 2 MB. Vui lòng chọn ảnh nhỏ hơn.',
});

@ApiTags('profile')
@ApiBearerAuth()
@Controller()
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly avatars: AvatarService,
    private readonly scope: UnitScope,
  ) {}

  @Get('me/profile')
  @ApiOperation({ summary: 'Thông tin cá nhân của tôi, kèm mức độ hoàn thiện và hạn chót' })
  mine(@CurrentUser() user: AuthUser) {
    return this.profiles.view(user.id);
  }

  @Patch('me/profile')
  @ApiFailures({ 409: ['CCCD_TAKEN'] })
  @ApiOperation({ summary: 'Cập nhật thông tin cá nhân (gửi kèm version đã đọc)' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto, @Audit() audit: AuditContext) {
    return this.profiles.update(user.id, dto, user, audit);
  }

  @Post('me/profile/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tôi xác nhận thông tin trên là chính xác' })
  confirm(@CurrentUser() user: AuthUser, @Audit() audit: AuditContext) {
    return this.profiles.confirm(user.id, audit);
  }

  @Put('me/avatar')
  @UseInterceptors(avatarUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Tải ảnh đại diện (JPEG, PNG hoặc WebP, tối đa 2 MB)' })
  uploadAvatar(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Audit() audit: AuditContext,
  ) {
    return this.avatars.replace(user.id, file?.buffer, audit);
  }

  @Delete('me/avatar')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa ảnh đại diện' })
  removeAvatar(@CurrentUser() user: AuthUser, @Audit() audit: AuditContext): Promise<void> {
    return this.avatars.remove(user.id, audit);
  }

  /** The key is random per upload and only ever handed to people who may see the profile, so the URL is the permission. */
  @Get('avatars/:key')
  @Public()
  @ApiFileResponse('image/webp')
  @ApiOperation({ summary: 'Ảnh đại diện (URL thay đổi mỗi lần tải ảnh mới)' })
  async avatar(@Param('key') key: string, @Res() res: Response): Promise<void> {
    const image = await this.avatars.byKey(key);
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    res.setHeader('ETag', `"${key}"`);
    res.send(image);
  }

  @Get('officers/:id/profile')
  @Roles('admin', 'supervisor', 'unit_admin')
  @ApiOperation({ summary: 'Xem thông tin cá nhân của cán bộ trong phạm vi quản lý' })
  async officerProfile(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number) {
    await this.scope.assertOfficerInScope(user, id);
    return this.profiles.view(id);
  }

  @Patch('officers/:id/profile')
  @Roles('admin')
  @ApiFailures({ 409: ['CCCD_TAKEN'] })
  @ApiOperation({ summary: 'Quản trị viên sửa thông tin cá nhân thay cán bộ (có ghi nhật ký)' })
  async updateOfficerProfile(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateProfileDto,
    @Audit() audit: AuditContext,
  ) {
    await this.scope.assertOfficerInScope(user, id);
    return this.profiles.update(id, dto, user, audit);
  }

  @Post('officers/:id/verify')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  @ApiFailures({ 403: ['OWN_RECORD'] })
  @ApiOperation({ summary: 'Xác thực hồ sơ cán bộ (lãnh đạo đơn vị trong phạm vi hoặc quản trị viên)' })
  async verify(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    await this.scope.assertOfficerInScope(user, id);
    return this.profiles.setVerified(id, true, user, audit);
  }

  @Post('officers/:id/send-back')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  @ApiFailures({ 403: ['OWN_RECORD'] })
  @ApiOperation({ summary: 'Yêu cầu cán bộ bổ sung hồ sơ (kèm lý do; cán bộ nhận thông báo)' })
  async sendBack(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: SendBackDto,
    @Audit() audit: AuditContext,
  ) {
    await this.scope.assertOfficerInScope(user, id);
    return this.profiles.sendBack(id, dto.reason, user, audit);
  }

  @Post('officers/:id/unverify')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  @ApiFailures({ 403: ['OWN_RECORD'] })
  @ApiOperation({ summary: 'Bỏ xác thực hồ sơ cán bộ' })
  async unverify(@CurrentUser() user: AuthUser, @Param('id', ParseIdPipe) id: number, @Audit() audit: AuditContext) {
    await this.scope.assertOfficerInScope(user, id);
    return this.profiles.setVerified(id, false, user, audit);
  }
}
