import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import type { SendRemindersRequest } from '@motcua/contracts';

export class SendReminderDto implements SendRemindersRequest {
  @ApiProperty() @IsPositiveInt() campaignId!: number;
  @ApiPropertyOptional({
    type: [Number],
    description: 'Cán bộ được chọn; bỏ trống để nhắc mọi cán bộ chưa hoàn thành của đơn vị',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsPositiveInt({ each: true })
  officerIds?: number[];
  @ApiPropertyOptional({ description: 'Đơn vị (cả cây trực thuộc)' }) @IsOptional() @IsPositiveInt() unitId?: number;
}
