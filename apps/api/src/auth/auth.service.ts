import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PasswordHasher, UnauthenticatedError } from '@motcua/auth';
import { UserRepository } from '@motcua/database';
import { AppConfig } from '@motcua/config';
import { InjectRedis } from '@motcua/queue';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { clientOf, FixedWindowCounts, RateLimitedError } from '../http/rate-limit.module';
import { AlreadyRegisteredError, InvalidCredentialsError } from './auth-errors';
import { LoginDto } from './dto/login.dto';
import { MeDto } from './dto/me.dto';
import { RegisterDto, RegisteredDto } from './dto/register.dto';
import { TokenPairDto } from './dto/token-pair.dto';
import { LoginLockout } from './login-lockout.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';

const HOUR_MS = 3_600_000;

@Injectable()
export class AuthService {
  /** Verified against when the user is unknown, so both failures take as long. */
  private readonly dummyHash: Promise<string>;

  /** Taken-ID answers per address; counted in-process while Redis is away. */
  private readonly conflicts: FixedWindowCounts;
  private readonly conflictsPerHour: number;
  private readonly prefix: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly lockout: LoginLockout,
    private readonly secondFactor: SecondFactorService,
    private readonly passwordHasher: PasswordHasher,
    @InjectRedis() redis: Redis,
    config: AppConfig,
  ) {
    this.dummyHash = passwordHasher.hash(randomBytes(32).toString('hex'));
    this.conflicts = new FixedWindowCounts(redis);
    this.conflictsPerHour = config.get('REGISTER_CONFLICTS_PER_HOUR');
    this.prefix = config.get('QUEUE_PREFIX');
  }

  /**
   * 409 for a taken national ID or e-mail, as the contract says; an address that keeps
   * hitting taken ones (sweeping national IDs to learn who has an account) gets 429 instead.
   */
  async register(input: RegisterDto, clientAddress: string): Promise<RegisteredDto> {
    const key = `${this.prefix}:limit:register-conflicts:${clientOf(clientAddress)}`;
    const [conflicts] = await this.conflicts.add(key, 0, HOUR_MS);
    if (conflicts >= this.conflictsPerHour) throw new RateLimitedError();
    try {
      return await this.createAccount(input);
    } catch (error) {
      if (error instanceof AlreadyRegisteredError) await this.conflicts.add(key, 1, HOUR_MS);
      throw error;
    }
  }

  private async createAccount(input: RegisterDto): Promise<RegisteredDto> {
    const email = input.email ?? null;
    // Cheap pre-check spares an argon2 hash; the unique indexes settle races below.
    await this.ensureFree(input.nationalId, email);
    const passwordHash = await this.passwordHasher.hash(input.password);
    // A new account owns nothing: a dossier the desk entered reaches it only by its claim code.
    const id = await this.users.insertCitizen(this.dataSource.manager, {
      nationalId: input.nationalId,
      fullName: input.fullName,
      phone: input.phone,
      email,
      passwordHash,
    });
    if (!id) {
      // Lost a race: the winner is committed by now, so this names the taken field.
      await this.ensureFree(input.nationalId, email);
      throw new AlreadyRegisteredError('nationalId');
    }
    return { id };
  }

  /**
   * A disabled account, or an invited one without a password yet, gets the answer of a wrong
   * password. An account whose roles need a second factor gets a challenge instead of tokens
   * (`SecondFactorRequiredError`), and its failed-attempt count is cleared only once the code
   * is right too.
   */
  async login({ username, password }: LoginDto): Promise<TokenPairDto> {
    const login = username.includes('@') ? username.toLowerCase() : username;
    const user = await this.users.findForLogin(this.dataSource.manager, login);
    const attempt = await this.lockout.begin(login, user?.id);
    const valid = await this.passwordHasher.verify(
      user?.passwordHash ?? (await this.dummyHash),
      password,
    );
    if (!user || !user.passwordHash || user.disabled || !valid) {
      throw attempt.failed() ?? new InvalidCredentialsError();
    }
    if (this.secondFactor.required(user.roles)) throw await this.secondFactor.challenge(user);
    await attempt.succeeded();
    return this.sessions.start(user);
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findProfile(this.dataSource.manager, userId);
    // A valid token for an account that no longer exists.
    if (!user) throw new UnauthenticatedError();
    return {
      id: user.id,
      fullName: user.fullName,
      roles: user.roles,
      ...(user.agencyCode ? { agencyCode: user.agencyCode } : {}),
    };
  }

  private async ensureFree(nationalId: string, email: string | null): Promise<void> {
    const taken = await this.users.takenIdentity(this.dataSource.manager, nationalId, email);
    if (taken) throw new AlreadyRegisteredError(taken);
  }
}
