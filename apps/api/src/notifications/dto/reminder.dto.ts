import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, Min } from 'class-validator';

export class SendReminderDto {
  @ApiProperty() @IsInt() @Min(1) campaignId!: number;
  @ApiPropertyOptional({ type: [Number], description: 'Cán bộ được chọn; bỏ trống để nhắc mọi cán bộ chưa hoàn thành của đơn vị' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  officerIds?: number[];
  @ApiPropertyOptional({ description: 'Đơn vị (cả cây trực thuộc)' }) @IsOptional() @IsInt() @Min(1) unitId?: number;
}
