import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import { OptionalNotNull } from '../../common/validation/optional-not-null';
import {
  formatRuleError,
  UNIT_CODE_MAX_LENGTH,
  UNIT_CODE_PATTERN,
  UNIT_KINDS,
  type CreateUnitRequest,
  type UnitKind,
  type UpdateUnitRequest,
} from '@motcua/contracts';

/** The rule the unit form checks as the admin types (libs/domain), with the same message. */
const UNIT_CODE_MESSAGE = formatRuleError({ code: 'UNIT_CODE_FORMAT', params: { max: UNIT_CODE_MAX_LENGTH } });

export class CreateUnitDto implements CreateUnitRequest {
  @ApiProperty({ example: 'T15-SYT' })
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Sở Y tế' }) @IsString() @MinLength(2) @MaxLength(255) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS) kind!: UnitKind;

  @ApiPropertyOptional({ nullable: true, description: 'Đơn vị cấp trên; để trống cho đơn vị gốc' })
  @ValidateIf((_o, value) => value !== null)
  @IsPositiveInt()
  parentId!: number | null;

  @ApiPropertyOptional() @OptionalNotNull() @IsInt() @Min(0) @Max(100000) sortOrder?: number;
}

// skipNullProperties: false, so `null` is validated like any other value (only parentId means something by null).
export class UpdateUnitDto
  extends PartialType(CreateUnitDto, { skipNullProperties: false })
  implements UpdateUnitRequest
{
  @ApiProperty({ description: 'Phiên bản đã đọc (khóa lạc quan)' }) @IsPositiveInt() version!: number;
}
