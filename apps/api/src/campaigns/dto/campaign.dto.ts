import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import { OptionalNotNull } from '../../common/validation/optional-not-null';
import {
  CAMPAIGN_ITEMS,
  type CampaignItem,
  type CreateCampaignRequest,
  type PreviewTargetsRequest,
  type UpdateCampaignRequest,
} from '@motcua/contracts';

/** A unit is targeted once (campaign_targets' key): two entries for one unit are a 400, not a constraint error. */
const targetUnit = (target: unknown) =>
  typeof target === 'object' && target !== null ? (target as { unitId?: unknown }).unitId : target;

export class CampaignTargetDto {
  @ApiProperty() @IsPositiveInt() unitId!: number;
  @ApiPropertyOptional({ default: true, description: 'Gồm cả các đơn vị trực thuộc' })
  @IsOptional()
  @IsBoolean()
  includeSubtree?: boolean;
}

export class CreateCampaignDto implements CreateCampaignRequest {
  @ApiProperty({ example: 'Chuẩn hóa thông tin cán bộ năm 2026' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name!: string;
  @ApiPropertyOptional() @OptionalNotNull() @IsString() @MaxLength(2000) description?: string;
  @ApiProperty({
    example: '2026-11-01T08:00+07:00',
    description: 'Thời điểm bắt đầu (ISO 8601; không có múi giờ = giờ Việt Nam)',
  })
  @IsISO8601({ strict: true })
  startsAt!: string;
  @ApiProperty({
    example: '2026-12-10T17:00+07:00',
    description: 'Hạn chót (ISO 8601; không có múi giờ = giờ Việt Nam)',
  })
  @IsISO8601({ strict: true })
  deadlineAt!: string;
  @ApiProperty({ enum: CAMPAIGN_ITEMS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CAMPAIGN_ITEMS, { each: true })
  requiredItems!: CampaignItem[];
  @ApiProperty({ type: [CampaignTargetDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique(targetUnit)
  @ValidateNested({ each: true })
  @Type(() => CampaignTargetDto)
  targets!: CampaignTargetDto[];
}

// skipNullProperties: false: a field sent as null is refused like any other wrong type, never stored or trimmed.
export class UpdateCampaignDto
  extends PartialType(CreateCampaignDto, { skipNullProperties: false })
  implements UpdateCampaignRequest
{
  @ApiProperty({ description: 'Phiên bản đã đọc (khóa lạc quan)' }) @IsPositiveInt() version!: number;
}

export class PreviewTargetsDto implements PreviewTargetsRequest {
  @ApiProperty({ type: [CampaignTargetDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CampaignTargetDto)
  targets!: CampaignTargetDto[];
}
