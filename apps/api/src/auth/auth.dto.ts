import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES, ROLES, type ApiKeyScope, type Role } from '@par/contracts';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsISO8601 } from 'class-validator';
import { IsText, Optional } from '../common/http/validation';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsText({ min: 1, max: 100 })
  username!: string;

  @ApiProperty({ example: 'mật khẩu của bạn' })
  @IsText({ min: 1, max: 200 })
  password!: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'Bearer JWT, valid for `expiresIn` seconds' }) accessToken!: string;
  @ApiProperty({ description: 'Opaque; one use — POST /auth/refresh returns a new pair' })
  refreshToken!: string;
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
}

export class RefreshDto {
  @ApiProperty()
  @IsText({ min: 1, max: 300 })
  refreshToken!: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Revokes this session (its refresh-token family)' })
  @Optional()
  @IsText({ max: 300 })
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsText({ min: 1, max: 200 }) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsText({ max: 200 }) newPassword!: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: [String] }) areaCodes!: string[];
  @ApiProperty() mustChangePassword!: boolean;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Hệ thống một cửa tỉnh' }) name!: string;
  @ApiProperty({ example: 'a1b2c3d4e5', description: 'Identifies the key; the secret is never shown again' })
  prefix!: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes!: ApiKeyScope[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'After this instant the key is refused (401 API_KEY_EXPIRED); null = never',
  })
  expiresAt!: Date | null;
}

export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes!: ApiKeyScope[];
  @ApiProperty() prefix!: string;
  @ApiProperty({ description: 'The key, shown once: send it as X-API-Key', example: 'par_a1b2c3d4e5_…' })
  key!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Hệ thống một cửa tỉnh' })
  @IsText({ min: 1, max: 200 })
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['indicators:write'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2027-12-31',
    description:
      'When the key stops working. A date alone is the end of that day in the province’s time zone (PAR_TIME_ZONE); null or absent = never',
  })
  @Optional({ nullable: true })
  @IsISO8601({ strict: true })
  expiresAt?: string | null;
}
