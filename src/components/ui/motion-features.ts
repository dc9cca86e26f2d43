// Loaded after first paint so animation code does not weigh on the first load.
import { domAnimation } from 'framer-motion';

export default domAnimation;
