import {
  formatRuleError,
  USERNAME_FORMAT_ERROR,
  USERNAME_PATTERN,
  BULK_ACTIONS,
  type BulkAction,
  type BulkOfficersRequest,
  type CreateOfficerRequest,
  type ResetOfficerRequest,
  type UpdateOfficerRequest,
} from '@motcua/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import { OptionalNotNull } from '../../common/validation/optional-not-null';
import { ROLES, type Role } from '../../accounts/roles';

const nullable = (_o: unknown, value: unknown) => value !== null;

/** The rule the officer form checks as the admin types (libs/domain), with the same message. */
const USERNAME_MESSAGE = formatRuleError(USERNAME_FORMAT_ERROR);

export class CreateOfficerDto implements CreateOfficerRequest {
  @ApiProperty({ example: 'hoa.nt' })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  username!: string;
  @ApiProperty({ example: 'Nguyễn Thị Hoa' }) @IsString() @MaxLength(200) fullName!: string;
  @ApiProperty() @IsPositiveInt() unitId!: number;
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(30) phone?: string;
}

export class UpdateOfficerDto implements UpdateOfficerRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc (khóa lạc quan)' }) @IsPositiveInt() version!: number;
  @ApiPropertyOptional() @OptionalNotNull() @IsString() @MaxLength(200) fullName?: string;
  @ApiPropertyOptional() @OptionalNotNull() @IsPositiveInt() unitId?: number;
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];
  @ApiPropertyOptional({ nullable: true, description: 'null hoặc chuỗi rỗng để xóa' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null hoặc chuỗi rỗng để xóa' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

export class ResetOfficerDto implements ResetOfficerRequest {
  @ApiPropertyOptional({ description: 'Đồng thời xóa xác thực hai lớp' })
  @IsOptional()
  @IsBoolean()
  resetTwoFactor?: boolean;
}

export { ACCOUNT_ACTIONS, type AccountAction } from '@motcua/contracts';

export class BulkOfficersDto implements BulkOfficersRequest {
  @ApiProperty({ enum: BULK_ACTIONS }) @IsIn(BULK_ACTIONS) action!: BulkAction;
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsPositiveInt({ each: true })
  ids!: number[];
  @ApiPropertyOptional({ description: 'Đơn vị đích khi chuyển' }) @IsOptional() @IsPositiveInt() unitId?: number;
}
