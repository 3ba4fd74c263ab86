import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionCache } from './session-cache';

@Global()
@Module({ providers: [AuthService, AuthResolver, SessionCache], exports: [AuthService] })
export class AuthModule {}
