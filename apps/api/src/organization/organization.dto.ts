import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@par/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsCode } from '../common/http/params';

export class UnitTypeDto {
  @ApiProperty({ example: 'department' }) code!: string;
  @ApiProperty({ example: 'Sở, ban, ngành cấp tỉnh' }) nameVi!: string;
  @ApiProperty({ example: 'Provincial department or agency' }) nameEn!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() active!: boolean;
}

export class CreateUnitTypeDto {
  @ApiProperty({ example: 'public_service_unit' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Đơn vị sự nghiệp' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameVi!: string;

  @ApiProperty({ example: 'Public service unit' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class UpdateUnitTypeDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameVi?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) sortOrder?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'STP' }) code!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) name!: string;
  @ApiProperty({ example: 'department' }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) parentCode!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Optimistic concurrency: send it back with PATCH' }) version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'STP', description: 'Unique, stable across years' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'department', description: 'A unit type code (GET /unit-types)' })
  @IsCode()
  type!: string;

  @ApiPropertyOptional({ example: 'UBND-TINH' })
  @IsOptional()
  @IsCode()
  parentCode?: string;
}

export class UpdateUnitDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsCode() type?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the parent' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsCode()
  parentCode?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;

  @ApiProperty({ description: 'The version last read; a stale one answers 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'stp.canbo' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: [String], example: ['1', '2'] }) areaCodes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() version!: number;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'stp.canbo', description: '3–64 letters, digits, . _ -' })
  @Matches(USERNAME, { message: 'tên đăng nhập 3–64 ký tự: chữ, số, . _ - / 3–64 letters, digits, . _ -' })
  username!: string;

  @ApiProperty({ example: 'mật-khẩu-đủ-dài', minLength: 10 })
  @IsString()
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    example: 'STP',
    description: 'Required for unit_head and unit_editor; the lead agency of an appraiser',
  })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: 'The user must choose a new password at first sign-in' })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['1', '2'], description: "Appraiser's areas ('*' = all)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^(\*|[A-Za-z0-9._-]{1,20})$/, { each: true })
  areaCodes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) fullName?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsCode()
  unitCode?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^(\*|[A-Za-z0-9._-]{1,20})$/, { each: true })
  areaCodes?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;

  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ description: 'Omit to generate one (returned once)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  newPassword?: string;
}

export class ResetPasswordResultDto {
  @ApiProperty({ description: 'The new password (shown once); the user must change it at next login' })
  password!: string;
}

export class UserQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsCode() unitCode?: string;
  @ApiPropertyOptional({ description: 'Part of username or full name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class UnitQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsCode() type?: string;
  @ApiPropertyOptional({ description: 'Part of code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'true: only active units' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}
