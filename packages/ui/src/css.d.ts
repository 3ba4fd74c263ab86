/** Components may import their own stylesheet (`import './X.css'`); the bundler (Vite) handles it. */
declare module '*.css';
