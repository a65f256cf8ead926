import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { passwordHasher, UnauthenticatedError } from '@motcua/auth';
import { UserEntity } from '@motcua/database';
import { Role } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { AlreadyRegisteredError, InvalidCredentialsError } from './auth-errors';
import { LoginDto } from './dto/login.dto';
import { MeDto } from './dto/me.dto';
import { RegisterDto, RegisteredDto } from './dto/register.dto';
import { TokenPairDto } from './dto/token-pair.dto';
import { LoginLockout } from './login-lockout.service';
import { SessionService } from './session.service';

@Injectable()
export class AuthService {
  /** Verified against when the user is unknown, so both failures take as long. */
  private readonly dummyHash = passwordHasher.hash(randomBytes(32).toString('hex'));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly lockout: LoginLockout,
  ) {}

  async register(input: RegisterDto): Promise<RegisteredDto> {
    const email = input.email ?? null;
    // Cheap pre-check spares an argon2 hash; the unique indexes settle races below.
    await this.ensureFree(input.nationalId, email);
    const passwordHash = await passwordHasher.hash(input.password);
    // A new account owns nothing: a dossier the desk entered reaches it only by its claim code.
    // ON CONFLICT rather than catching the unique violation: a racing duplicate then neither
    // aborts anything nor gets logged (with its parameters) as a failed query.
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({
        nationalId: input.nationalId,
        fullName: input.fullName,
        phone: input.phone,
        email,
        passwordHash,
        roles: [Role.Citizen],
        agencyId: null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      // Lost a race: the winner is committed by now, so this names the taken field.
      await this.ensureFree(input.nationalId, email);
      throw new AlreadyRegisteredError('nationalId');
    }
    return { id };
  }

  async login({ username, password }: LoginDto): Promise<TokenPairDto> {
    const login = username.includes('@') ? username.toLowerCase() : username;
    const attempt = await this.lockout.begin(login);
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: username.includes('@') ? { email: login } : { nationalId: login },
      select: { id: true, roles: true, agencyId: true, passwordHash: true },
    });
    const valid = await passwordHasher.verify(
      user?.passwordHash ?? (await this.dummyHash),
      password,
    );
    if (!user || !valid) throw attempt.failed() ?? new InvalidCredentialsError();
    await attempt.succeeded();
    return this.sessions.start(user);
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { id: userId },
      relations: { agency: true },
    });
    // A valid token for an account that no longer exists.
    if (!user) throw new UnauthenticatedError();
    return {
      id: user.id,
      fullName: user.fullName,
      roles: user.roles,
      ...(user.agency ? { agencyCode: user.agency.code } : {}),
    };
  }

  private async ensureFree(nationalId: string, email: string | null): Promise<void> {
    const users = this.dataSource.getRepository(UserEntity);
    if (await users.existsBy({ nationalId })) throw new AlreadyRegisteredError('nationalId');
    if (email && (await users.existsBy({ email }))) throw new AlreadyRegisteredError('email');
  }
}
