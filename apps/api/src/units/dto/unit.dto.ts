import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import { OptionalNotNull } from '../../common/validation/optional-not-null';
import { UNIT_KINDS, type UnitKind } from '../unit.entity';

export class CreateUnitDto {
  @ApiProperty({ example: 'T15-SYT' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (tối đa 50 ký tự).',
  })
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
export class UpdateUnitDto extends PartialType(CreateUnitDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'Phiên bản đã đọc (khóa lạc quan)' }) @IsPositiveInt() version!: number;
}
