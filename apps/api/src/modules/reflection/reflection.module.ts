import { Module } from '@nestjs/common';
import './reflection-crypto';
import './reflection.seed';
import { ReflectionResolver } from './reflection.resolver';
import { ReflectionService } from './reflection.service';

@Module({ providers: [ReflectionService, ReflectionResolver], exports: [ReflectionService] })
export class ReflectionModule {}
