import type { UpdateProfileRequest } from '@motcua/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/positive-int';
import { MaxUtf8Bytes } from '../../common/validation/max-utf8-bytes';
import { OptionalNotNull } from '../../common/validation/optional-not-null';

const nullable = (_o: unknown, value: unknown) => value !== null;

/**
 * Sealed, the receipt password must fit receipt_password_encrypted varchar(512): "v1:" + iv + ":" + tag + ":" take 45
 * characters and the ciphertext 4⌈n/3⌉, so at most 348 UTF-8 bytes (128 Vietnamese letters can be 384).
 */
const RECEIPT_PASSWORD_MAX_BYTES = 348;

/**
 * Any subset of the editable fields plus the version read before. Types and lengths are checked here; the
 * domain rules (CCCD against birth date and gender, phone, email…) run in the service on the merged record,
 * so a field not sent is checked with its stored value.
 */
export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiProperty({ description: 'Phiên bản đã đọc (khóa lạc quan)' }) @IsPositiveInt() version!: number;
  @ApiPropertyOptional({ example: 'Nguyễn Văn An' }) @IsOptional() @IsString() @MaxLength(200) fullName?: string;
  @ApiPropertyOptional({ enum: ['male', 'female'], nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(10)
  gender?: string | null;
  @ApiPropertyOptional({ example: '1985-03-02', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(20)
  birthDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(255) address?:
    string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf(nullable) @IsString() @MaxLength(254) email?:
    string | null;
  @ApiPropertyOptional({ example: '001085012345', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(30)
  citizenId?: string | null;
  @ApiPropertyOptional({ example: '0912 345 678', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(30)
  phone?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(100)
  receiptAccount?: string | null;
  @ApiPropertyOptional({ description: 'Chỉ ghi; chuỗi rỗng để xóa', writeOnly: true })
  @OptionalNotNull()
  @IsString()
  @MaxLength(128)
  @MaxUtf8Bytes(RECEIPT_PASSWORD_MAX_BYTES)
  receiptPassword?: string;
  @ApiPropertyOptional({ example: '/profile', nullable: true })
  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(50)
  defaultPage?: string | null;
}

export const EDITABLE_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'address',
  'email',
  'citizenId',
  'phone',
  'receiptAccount',
  'receiptPassword',
  'defaultPage',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
