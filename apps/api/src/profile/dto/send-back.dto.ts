import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { RETURN_REASON_MAX, RETURN_REASON_MIN } from '../profile.service';

/** The reason is required and its length checked in the service, with messages the supervisor can act on. */
export class SendBackDto {
  @ApiProperty({
    example: 'Ảnh đại diện chưa rõ mặt, đề nghị tải ảnh chân dung mới.',
    minLength: RETURN_REASON_MIN,
    maxLength: RETURN_REASON_MAX,
    description: 'Bắt buộc (thiếu là 400 REQUIRED); độ dài tính sau khi bỏ khoảng trắng hai đầu',
  })
  @IsOptional()
  @IsString({ message: 'Lý do yêu cầu bổ sung phải là văn bản.' })
  reason?: string;
}
