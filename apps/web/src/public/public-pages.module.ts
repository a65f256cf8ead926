import { Module } from '@nestjs/common';
import { HomeController } from './home/home.controller';

/** Pages anyone can open without signing in. */
@Module({ controllers: [HomeController] })
export class PublicPagesModule {}
