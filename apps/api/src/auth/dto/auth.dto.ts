import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer' }) @IsString() @MinLength(1) @MaxLength(64) username!: string;
  @ApiProperty({ example: 'MotCua@2026' }) @IsString() @MinLength(1) @MaxLength(256) password!: string;
}

export class OtpDto {
  @ApiProperty() @IsString() @MaxLength(2048) otpToken!: string;
  @ApiProperty({ example: '123456', description: 'Mã TOTP 6 chữ số hoặc mã khôi phục' })
  @IsString()
  @MinLength(6)
  @MaxLength(32)
  code!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) currentPassword!: string;
  @ApiProperty() @IsString() @MaxLength(256) newPassword!: string;
}

export class ActivateDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) username!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) code!: string;
  @ApiProperty() @IsString() @MaxLength(256) newPassword!: string;
}

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456' }) @IsString() @MinLength(6) @MaxLength(6) code!: string;
}

export class PasswordConfirmationDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) password!: string;
}
